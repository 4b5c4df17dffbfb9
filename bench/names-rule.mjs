// One run of the names/variant rule, in process, on a development agenda whose register holds N
// parties with names as registers write them (a kind of body, a place, a number), some of them
// one slip apart: the benchmark times it for 10,000 and 100,000 parties to show that the work
// grows with the number of names, not with its square. Uses the built rule (dist/).
import { nameVariant } from '../dist/rules/name-variant.js';

const count = Number(process.argv[2]);
const kinds = ['Gemeente', 'Stichting', 'Jeugdzorg', 'GGD', 'Veilig Thuis', 'Wijkteam', 'Politie eenheid', 'Centrum voor Jeugd en Gezin'];
const syllables = ['ber', 'dam', 'hoven', 'wijk', 'veen', 'burg', 'lo', 'mond', 'stad', 'zand', 'ven', 'ter', 'hol', 'aar', 'kerk'];
let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const place = () => {
  let name = '';
  for (let i = 2 + Math.floor(random() * 3); i > 0; i--) name += syllables[Math.floor(random() * syllables.length)];
  return name[0].toUpperCase() + name.slice(1);
};
const parties = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, name: `${kinds[i % kinds.length]} ${place()} ${i}` }));
let reports = 0;
nameVariant.check({ file: 'a.yaml', kind: 'DevelopmentAgenda', data: { kind: 'DevelopmentAgenda', parties }, schemaValid: true, settings: {}, report: () => void reports++ });
process.stdout.write(`${count} parties, ${reports} findings\n`);
