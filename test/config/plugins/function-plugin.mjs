export default function setup(api) {
  api.register('comparators', { id: 'loyalty.same_tier', description: 'Same tier', compare: (a, b) => (a === b ? 1 : 0) });
}
