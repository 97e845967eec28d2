export default { rules: [{ description: 'missing id' }] };
