import { messageGroup } from '../core/i18n.js';

/** The words of progress, export, site and log when they cannot do what they are asked. */
export const MONITOR_MESSAGES = messageGroup('monitor', {
  unknownFormat: { en: 'unknown format "{format}"', nl: 'onbekende uitvoervorm "{format}"' },
  useFormats: { en: 'Use {list}.', nl: 'Gebruik {list}.' },
  pdfNotForTerminal: { en: 'a PDF is not for the terminal', nl: 'een PDF is niet voor de terminal' },
  addOutput: { en: 'Add -o FILE.pdf.', nl: 'Voeg -o BESTAND.pdf toe.' },
  asOfDate: { en: '--as-of needs a date as YYYY-MM-DD, not "{value}"', nl: '--as-of vraagt een datum als JJJJ-MM-DD, niet "{value}"' },
  nothingCommitted: { en: 'nothing was committed on or before {date}', nl: 'er is op of voor {date} niets vastgelegd' },
  laterDay: { en: 'Pick a later day (git log --reverse shows the first commit).', nl: 'Kies een latere dag (git log --reverse toont de eerste commit).' },
  withinLength: { en: '--within needs a length of time such as 8w, 30d or 2m, not "{value}"', nl: '--within vraagt een tijdsduur zoals 8w, 30d of 2m, niet "{value}"' },
  notAFolder: { en: '{path} is not a folder; the site is built in a folder', nl: '{path} is geen map; de site wordt in een map gebouwd' },
  giveAFolder: { en: 'Give -o a folder that does not exist yet, or one that holds an earlier site.', nl: 'Geef -o een map die nog niet bestaat, of een map met een eerdere site.' },
  linkLeadsOut: { en: '{path} is a symbolic link that leads out of the site folder; site writes only inside it', nl: '{path} is een symbolische koppeling die buiten de sitemap leidt; site schrijft alleen daarbinnen' },
  removeLink: { en: 'Remove the link, or build the site into another folder.', nl: 'Verwijder de koppeling, of bouw de site in een andere map.' },
  outsideRepository: { en: '{path} is outside the repository', nl: '{path} ligt buiten de repository' },
  revisionDate: { en: 'cannot read the date of revision "{revision}"', nl: 'de datum van revisie "{revision}" is niet te lezen' },
  cannotWrite: { en: 'cannot write {path}', nl: '{path} is niet te schrijven' },
  checkFolder: { en: 'Check that the folder exists and can be written to.', nl: 'Controleer dat de map bestaat en beschreven kan worden.' },
  gitFailed: { en: 'git {command} failed: {reason}', nl: 'git {command} mislukte: {reason}' },
  logFormat: { en: 'unknown format "{format}" for log', nl: 'onbekende uitvoervorm "{format}" voor log' },
  maxCount: { en: '--max-count needs a whole number above 0, not "{value}"', nl: '--max-count vraagt een geheel getal boven 0, niet "{value}"' },
  commitFirst: { en: 'Commit the document first, or check the path.', nl: 'Leg het document eerst vast, of controleer het pad.' },
});
