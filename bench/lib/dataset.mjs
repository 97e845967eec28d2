// Writes a generated dataset to disk: the three source files in their own encodings and line
// endings, and the answer files. Buffered synchronous chunk writes keep 1M rows fast without
// holding the files in memory.

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { generateCustomers } from './generate.mjs';

/** @typedef {import('./generate.mjs').GenerateOptions} GenerateOptions */
/** @typedef {import('./formats.mjs').SourceFormat} SourceFormat */
/**
 * @typedef {GenerateOptions & { sourcePrefix?: string, truthDir?: string }} DatasetOptions
 *   sourcePrefix: how the dataset folder will be named on the cdm command line (default: `dir` as given);
 *   truthDir: where truth.csv and injected.csv go (default `<dir>/.truth`, hidden so `cdm clean dir/*` skips it)
 */
/**
 * @typedef {object} DatasetSummary
 * @property {Record<string, { source: string, path: string, rows: number }>} files  by source key
 * @property {string} truth      path of truth.csv
 * @property {string} injected   path of injected.csv
 * @property {number} rows
 * @property {number} entities
 * @property {number} injectedErrors
 */

const FLUSH_BYTES = 1 << 20;

/**
 * Generates and writes a dataset into `dir`.
 * @param {string} dir
 * @param {DatasetOptions} [options]
 * @returns {DatasetSummary}
 */
export function writeDataset(dir, options = {}) {
  const truthDir = options.truthDir ?? join(dir, '.truth');
  mkdirSync(dir, { recursive: true });
  mkdirSync(truthDir, { recursive: true });
  const prefix = (options.sourcePrefix ?? dir).replace(/\\/g, '/').replace(/\/+$/, '');
  /** @type {Map<string, { writer: ChunkWriter, source: string, path: string, rows: number }>} */
  const outputs = new Map();
  const truth = new ChunkWriter(join(truthDir, 'truth.csv'), 'utf8');
  const injected = new ChunkWriter(join(truthDir, 'injected.csv'), 'utf8');
  truth.push('source,row,entity,kind,hard_negative_group\n');
  injected.push('source,row,field,kind\n');
  const entities = new Set();
  let rows = 0;
  let errors = 0;
  for (const record of generateCustomers(options)) {
    const format = record.format;
    let out = outputs.get(format.key);
    if (!out) {
      const path = join(dir, format.file);
      out = { writer: new ChunkWriter(path, format.key === 'signup' ? 'win1252' : 'utf8'), source: prefix ? `${prefix}/${format.file}` : format.file, path, rows: 0 };
      out.writer.push(header(format));
      outputs.set(format.key, out);
    }
    out.writer.push(line(format, record.values));
    out.rows++;
    rows++;
    entities.add(record.entity);
    const src = csvCell(out.source, ',');
    truth.push(`${src},${record.row},${record.entity},${record.kind},${record.group}\n`);
    for (const e of record.errors) {
      injected.push(`${src},${record.row},${csvCell(e.field, ',')},${e.kind}\n`);
      errors++;
    }
  }
  for (const out of outputs.values()) out.writer.close();
  truth.close();
  injected.close();
  /** @type {DatasetSummary['files']} */
  const files = {};
  for (const [key, out] of outputs) files[key] = { source: out.source, path: out.path, rows: out.rows };
  return { files, truth: join(truthDir, 'truth.csv'), injected: join(truthDir, 'injected.csv'), rows, entities: entities.size, injectedErrors: errors };
}

/** @param {SourceFormat} format */
function header(format) {
  if (format.key === 'crm') return `\uFEFF${format.columns.map((c) => csvCell(c, ',')).join(',')}\n`;
  if (format.key === 'signup') return `${format.columns.join(';')}\r\n`;
  return '';
}

/**
 * @param {SourceFormat} format
 * @param {import('./formats.mjs').RenderedRow} v
 */
function line(format, v) {
  if (format.key === 'shop') return `${JSON.stringify(nestShopRow(v))}\n`;
  const delimiter = format.key === 'signup' ? ';' : ',';
  let s = '';
  for (let i = 0; i < format.columns.length; i++) {
    if (i) s += delimiter;
    s += csvCell(String(v[format.columns[i]] ?? ''), delimiter);
  }
  return s + (format.key === 'signup' ? '\r\n' : '\n');
}

/**
 * The shop API's nested shape; an absent address is null, as the API returns it.
 * @param {import('./formats.mjs').RenderedRow} v
 */
export function nestShopRow(v) {
  const address = v['default_address.address1'] === null && v['default_address.zip'] === null ? null : {
    address1: v['default_address.address1'], address2: v['default_address.address2'], city: v['default_address.city'],
    province_code: v['default_address.province_code'], zip: v['default_address.zip'], country_code: v['default_address.country_code'],
  };
  return {
    id: Number(v.id), email: v.email, first_name: v.first_name, last_name: v.last_name, phone: v.phone,
    default_address: address, accepts_marketing: v.accepts_marketing, created_at: v.created_at, updated_at: v.updated_at,
  };
}

/**
 * RFC 4180 quoting: only when the cell holds the delimiter, a quote or a line break.
 * @param {string} value
 * @param {string} delimiter
 */
export function csvCell(value, delimiter) {
  if (value.includes('"')) return `"${value.replace(/"/g, '""')}"`;
  if (value.includes(delimiter) || value.includes('\n') || value.includes('\r')) return `"${value}"`;
  return value;
}

/** Accumulates text and writes it in ~1 MB chunks, encoded once per chunk. */
class ChunkWriter {
  /** @param {string} path @param {'utf8'|'win1252'} encoding */
  constructor(path, encoding) {
    this.fd = openSync(path, 'w');
    this.encoding = encoding;
    /** @type {string[]} */
    this.parts = [];
    this.size = 0;
  }

  /** @param {string} text */
  push(text) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_BYTES) this.flush();
  }

  flush() {
    if (!this.parts.length) return;
    const text = this.parts.join('');
    writeSync(this.fd, this.encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'win1252'));
    this.parts = [];
    this.size = 0;
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}
