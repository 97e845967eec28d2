export default { widgets: [{ id: 'w', description: 'no such kind' }] };
