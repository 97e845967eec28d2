// Profile stage: what each column holds and what inference made of it (`cdm profile`).

export { profile, profileTables, type ProfileOptions, type ProfileResult, type ProfileSource, type ProfileColumn } from './profile.js';
export { renderProfileTable, type RenderOptions } from './render.js';
export { valuePattern } from './pattern.js';
