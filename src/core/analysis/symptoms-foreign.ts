/**
 * Symptoms in French, German and Spanish (see symptoms.ts for the English ones and how they are read), as native
 * speakers write them in an incident channel: "on voit des 500", "taux d'erreur en hausse", "le site est en panne",
 * "wir sehen 500er", "Fehlerrate steigt", "Checkout ist ausgefallen", "vemos errores 500", "la tasa de errores sube",
 * "el sitio está caído". Accented letters also match their plain spellings.
 */
import { END, NOT_YET_FOREIGN, START, unaccented } from './markers-foreign';
import { NOT_ASKED } from './symptoms';

/** A host name as what is down (`shop.example.fr est en panne`); only where a name starts, so a long one is read once. */
const HOST = String.raw`(?<![a-z\d.-])[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|io|net|org|dev|app|fr|de|es|eu|ch|at|be|mx)`;

/** What fails as it is seen, the metrics of failure that rise, and what is down, as French writes them. */
const FRENCH_FAILING = String.raw`(?:5\d\d|5xx|erreurs|timeouts|échecs|exceptions)${END}`;
const FRENCH_METRIC = String.raw`(?:taux\s+d['’]\s*(?:erreurs?|échecs?)|erreurs(?:\s+(?:5\d\d|5xx))?|5\d\d|5xx|latence|timeouts|échecs)`;
const FRENCH_SUBJECT = String.raw`(?:site(?:\s+web)?|appli(?:cation)?|api|services?|checkout|paiements?|prod(?:uction)?|tout|recherche|connexions?|login|plateforme|${HOST})`;

/**
 * French: errors seen ("on voit des 500", "nous observons des timeouts", not "on ne voit plus", "on voit toujours"),
 * a failure metric on the rise ("taux d'erreur en hausse", "les erreurs 5xx explosent", "pic d'erreurs"; not "en
 * baisse", "n'est plus en hausse"), a service down ("le site est en panne", "l'API est down", "le checkout est HS",
 * "la prod tombe"; not "n'est pas en panne", "est toujours en panne", "le service tombe à 50 % de succès").
 */
const FRENCH = [
  String.raw`\b(?:on|nous)\s+(?:voit|voyons|observe|observons|constate|constatons|(?:commence|commençons)\s+à\s+voir)\s+(?:(?:des|quelques|plusieurs|de\s+nombreu(?:x|ses))\s+|(?:beaucoup|plein|pas\s+mal)\s+d(?:e\s+|['’]\s*))${FRENCH_FAILING}`,
  String.raw`${START}${FRENCH_METRIC}\s+(?:(?:(?:est|sont)\s+)?en\s+(?:forte\s+)?(?:hausse|augmentation)|(?:qui\s+)?(?:monte|montent|grimpe|grimpent|augmente|augmentent|explose|explosent|s['’]envole|s['’]envolent))${END}(?!\s+(?:à|vers)\s+la\s+normale)`,
  String.raw`(?<!\b(?:pas\s+de|sans|aucune?)\s+)\b(?:pic|hausse|explosion)\s+(?:d['’]\s*|de\s+|des\s+|du\s+)${FRENCH_METRIC}${END}`,
  String.raw`\b${FRENCH_SUBJECT}\s+(?:(?:est|sont)\s+(?:complètement\s+|totalement\s+)?(?:en\s+panne|down|hs|indisponibles?|tombée?s?)|(?:tombe|tombent)(?!\s+(?:à|sur)\s))${END}`,
];

/** What fails as it is seen, the metrics of failure that rise, and what is down, as German writes them. */
const GERMAN_FAILING = String.raw`(?:5\d\d(?:er|s)?|5xx(?:er|s)?|fehler|fehlerraten|timeouts|exceptions|abbrüche)\b`;
const GERMAN_METRIC = String.raw`(?:fehlerraten?|fehlerquoten?|fehler|5\d\d(?:er|s)?|5xx(?:er|s)?|latenz(?:en)?|antwortzeiten|timeouts)`;
const GERMAN_SUBJECT = String.raw`(?:seite|webseite|website|app|api|dienste?|services?|checkout|login|anmeldung|zahlungen|suche|prod|produktion|alles|plattform|${HOST})`;
const GERMAN_DOWN = String.raw`(?:komplett\s+|völlig\s+|total\s+)?(?:down|ausgefallen|offline)\b`;

/**
 * German: errors seen ("wir sehen 500er", "seit 14:00 sehen wir erhöhte Fehler"; not "wir sehen keine 500er mehr",
 * "immer noch"), a failure metric on the rise ("Fehlerrate steigt", "Latenz schießt nach oben", "Anstieg der
 * Fehlerrate"; not "steigt nicht mehr", "kein Anstieg"), a service down ("Checkout ist down", "die Webseite ist
 * ausgefallen", "ist der Checkout down", "die API fällt aus"; not "ist nicht down").
 */
const GERMAN = [
  String.raw`\b(?:(?:wir|ich)\s+(?:sehen|sehe|beobachten|beobachte)|(?:sehen|beobachten)\s+wir|(?:sehe|beobachte)\s+ich)\s+(?:(?:gerade|aktuell|jetzt|plötzlich)\s+)?(?:(?:viele|mehr|einige|vermehrt|erhöhte|hohe|massiv|zahlreiche)\s+)?${GERMAN_FAILING}`,
  String.raw`\b${GERMAN_METRIC}\s+(?:steigt|steigen|klettert|klettern|explodiert|explodieren|(?:schießt|schießen)\s+(?:nach\s+oben|hoch|in\s+die\s+höhe)|(?:nimmt|nehmen)\s+(?:stark\s+)?zu)\b(?!\s+(?:nicht|kaum)\b|\s+(?:wieder\s+)?(?:auf|zum)\s+normal)`,
  String.raw`(?<!\b(?:kein|keinen|ohne)\s+)\banstieg\s+(?:der|des|von|bei)\s+(?:den\s+)?${GERMAN_METRIC}n?\b`,
  String.raw`\b${GERMAN_SUBJECT}\s+(?:ist|sind|war|waren)\s+${GERMAN_DOWN}|\b(?:ist|sind|war|waren)\s+(?:der|die|das)\s+${GERMAN_SUBJECT}\s+${GERMAN_DOWN}`,
  String.raw`\b${GERMAN_SUBJECT}\s+(?:fällt|fallen|fiel|fielen)\s+(?:komplett\s+)?aus\b`,
];

/** What fails as it is seen, the metrics of failure that rise, and what is down, as Spanish writes them. */
const SPANISH_FAILING = String.raw`(?:errores|5\d\ds?|5xx|timeouts|fallos|fallas|excepciones)${END}`;
const SPANISH_METRIC = String.raw`(?:tasas?\s+de\s+(?:errores|error|fallos)|errores(?:\s+(?:5\d\d|5xx))?|5\d\d|5xx|latencia|timeouts|fallos|fallas)`;
const SPANISH_SUBJECT = String.raw`(?:sitio(?:\s+web)?|web|app|aplicación|api|servicios?|checkout|pagos|login|búsqueda|prod(?:ucción)?|todo|plataforma|${HOST})`;
const SPANISH_RISES = String.raw`(?:sube|suben|aumenta|aumentan|crece|crecen|se\s+dispara|se\s+disparan)`;

/**
 * Spanish: errors seen ("vemos errores 500", "estamos viendo muchos timeouts"; not "ya no vemos", "todavía vemos"),
 * a failure metric on the rise ("la tasa de errores sube", "aumentan los errores 5xx", "los errores se disparan"; not
 * "baja", "no sube", "sube de nuevo a lo normal"), a service down ("el sitio está caído", "la API se cayó"; not "no
 * está caído").
 */
const SPANISH = [
  String.raw`(?<!\b(?:no|todavía|aún|tampoco)\s+)\b(?:vemos|veo|estamos\s+viendo|estoy\s+viendo|se\s+ven|(?:empezamos|comenzamos)\s+a\s+ver)\s+(?:(?:muchos|muchas|más|algunos|varios|bastantes|un\s+montón\s+de)\s+)?${SPANISH_FAILING}`,
  String.raw`\b${SPANISH_METRIC}\s+(?:(?:está|están)\s+)?(?:${SPANISH_RISES}|subiendo|aumentando|creciendo|en\s+aumento|al\s+alza|disparándose|disparad[oa]s?)${END}(?!\s+(?:de\s+nuevo\s+)?(?:a|hacia)\s+(?:la\s+|lo\s+)?normal)`,
  String.raw`(?<!\bno\s+)\b${SPANISH_RISES}\s+(?:la|el|los|las)\s+${SPANISH_METRIC}${END}`,
  String.raw`(?<!\b(?:sin|ningún|ni)\s+)\b(?:aumento|pico|subida)\s+(?:de\s+(?:la\s+|los\s+)?|del\s+)${SPANISH_METRIC}${END}`,
  String.raw`\b${SPANISH_SUBJECT}\s+(?:(?:está|están|estaba|estaban)\s+(?:completamente\s+|totalmente\s+)?(?:caíd[oa]s?|down|fuera\s+de\s+servicio)|se\s+(?:cayó|cae))${END}`,
  String.raw`(?<!\bno\s+)\bse\s+(?:cayó|cae)\s+(?:el|la|los|las)\s+${SPANISH_SUBJECT}${END}`,
];

/**
 * A symptom seen now in French, German or Spanish; as in English, not in a clause that waits for it or sets a
 * condition ("si on voit des 500", "falls die Fehlerrate steigt", "si vemos errores 500"), nor a question.
 */
export const FOREIGN_SYMPTOM = new RegExp(unaccented(`(?:${[...FRENCH, ...GERMAN, ...SPANISH].join('|')})${NOT_YET_FOREIGN}`) + NOT_ASKED, 'i');

/**
 * The words one of which every French, German and Spanish symptom holds: the prefilter before the pattern. None is an
 * English word a postmortem in English often holds ("down", "offline", "observe", "tombstone", "disparate"): "down"
 * and "offline" count after the verb before them ("est down", "ist der Checkout offline"), so that an English line
 * never runs this pattern for them.
 */
export const FOREIGN_SYMPTOM_WORDS: readonly string[] = [
  'voit', 'voyons', 'voir', String.raw`on\s+(?:observ|constat)`, String.raw`nous\s+(?:observ|constat)`, 'hausse', 'augment', 'monte', 'grimpe', 'explos', 'envol', String.raw`pic\s`,
  'panne', 'hs', 'indisponible', 'tombé', String.raw`est\S*\s+(?:\S+\s+)?down\b`, String.raw`sont\s+(?:\S+\s+)?down\b`,
  'sehe', 'beobacht', 'steig', 'klett', 'explod', 'schieß', 'nimmt', 'nehmen', 'anstieg', 'ausgefallen', 'fällt', String.raw`fallen\s+(?:komplett\s+)?aus\b`,
  String.raw`fiel(?:en)?\s+(?:komplett\s+)?aus\b`, String.raw`ist\s+(?:\S+\s+){0,2}(?:down|offline)\b`, String.raw`sind\s+(?:\S+\s+){0,2}(?:down|offline)\b`,
  String.raw`war(?:en)?\s+(?:\S+\s+){0,2}(?:down|offline)\b`,
  'vemos', 'veo', 'viendo', String.raw`se\s+ven\b`, String.raw`a\s+ver\b`, 'sube', 'subiendo', 'subida', 'aument', 'crec', String.raw`dispar(?:a\b|an\b|ad|ándose)`, 'alza', 'pico',
  'caíd', 'cayó', 'cae', 'fuera',
].map(unaccented);
