export default {
  rules: [{ id: 'loyalty.tier', description: 'Tier is gold, silver or bronze', check: (v) => ['gold', 'silver', 'bronze'].includes(v) }],
  normalizers: [{ id: 'loyalty.lower', description: 'Lower-cases tiers', normalize: (v) => ({ value: v.toLowerCase() }) }],
};
