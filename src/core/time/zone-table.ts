/**
 * What people write for zones in postmortems: abbreviations with their region, variant and fixed offset, and the
 * long and generic names. Ambiguous abbreviations (CST, IST, BST, AST, GST) have several rows, most common first.
 */

/** One reading of an abbreviation. */
export interface AbbreviationRow {
  abbreviation: string;
  /** Fixed offset, minutes east of UTC. */
  offset: number;
  /** Daylight-saving (summer) variant. */
  dst: boolean;
  /** IANA zone of the region that uses it. */
  region: string;
  name: string;
  /** Other long names that mean exactly this abbreviation. */
  aliases?: string[];
  /**
   * Why the abbreviation is never "corrected" to the region's other variant: some places use the standard variant all
   * year (Arizona: MST, Queensland: AEST), or the abbreviation doubles as a universal reference (GMT).
   */
  keepAllYear?: string;
  /** The abbreviation this one translates (MEZ: CET): read as written, corrected to its own language's variant, never offered as a zone's name. */
  translates?: string;
}

const rows: AbbreviationRow[] = [
  // North America
  { abbreviation: 'EST', offset: -300, dst: false, region: 'America/New_York', name: 'Eastern Standard Time' },
  { abbreviation: 'EDT', offset: -240, dst: true, region: 'America/New_York', name: 'Eastern Daylight Time' },
  { abbreviation: 'CST', offset: -360, dst: false, region: 'America/Chicago', name: 'Central Standard Time' },
  { abbreviation: 'CDT', offset: -300, dst: true, region: 'America/Chicago', name: 'Central Daylight Time' },
  { abbreviation: 'MST', offset: -420, dst: false, region: 'America/Denver', name: 'Mountain Standard Time', keepAllYear: 'Arizona uses MST all year' },
  { abbreviation: 'MDT', offset: -360, dst: true, region: 'America/Denver', name: 'Mountain Daylight Time' },
  { abbreviation: 'PST', offset: -480, dst: false, region: 'America/Los_Angeles', name: 'Pacific Standard Time' },
  { abbreviation: 'PDT', offset: -420, dst: true, region: 'America/Los_Angeles', name: 'Pacific Daylight Time' },
  { abbreviation: 'AKST', offset: -540, dst: false, region: 'America/Anchorage', name: 'Alaska Standard Time' },
  { abbreviation: 'AKDT', offset: -480, dst: true, region: 'America/Anchorage', name: 'Alaska Daylight Time' },
  { abbreviation: 'HST', offset: -600, dst: false, region: 'Pacific/Honolulu', name: 'Hawaii Standard Time', aliases: ['Hawaii-Aleutian Standard Time'] },
  { abbreviation: 'HDT', offset: -540, dst: true, region: 'America/Adak', name: 'Hawaii-Aleutian Daylight Time' },
  { abbreviation: 'AST', offset: -240, dst: false, region: 'America/Halifax', name: 'Atlantic Standard Time' },
  { abbreviation: 'ADT', offset: -180, dst: true, region: 'America/Halifax', name: 'Atlantic Daylight Time' },
  { abbreviation: 'NST', offset: -210, dst: false, region: 'America/St_Johns', name: 'Newfoundland Standard Time' },
  { abbreviation: 'NDT', offset: -150, dst: true, region: 'America/St_Johns', name: 'Newfoundland Daylight Time' },
  { abbreviation: 'BRT', offset: -180, dst: false, region: 'America/Sao_Paulo', name: 'Brasilia Time' },
  { abbreviation: 'ART', offset: -180, dst: false, region: 'America/Argentina/Buenos_Aires', name: 'Argentina Time' },
  // Europe
  { abbreviation: 'GMT', offset: 0, dst: false, region: 'Europe/London', name: 'Greenwich Mean Time', keepAllYear: 'GMT also names UTC' },
  { abbreviation: 'BST', offset: 60, dst: true, region: 'Europe/London', name: 'British Summer Time' },
  { abbreviation: 'IST', offset: 330, dst: false, region: 'Asia/Kolkata', name: 'India Standard Time', aliases: ['Indian Standard Time'] },
  { abbreviation: 'IST', offset: 60, dst: true, region: 'Europe/Dublin', name: 'Irish Standard Time' },
  { abbreviation: 'IST', offset: 120, dst: false, region: 'Asia/Jerusalem', name: 'Israel Standard Time' },
  { abbreviation: 'IDT', offset: 180, dst: true, region: 'Asia/Jerusalem', name: 'Israel Daylight Time' },
  { abbreviation: 'WET', offset: 0, dst: false, region: 'Europe/Lisbon', name: 'Western European Standard Time' },
  { abbreviation: 'WEST', offset: 60, dst: true, region: 'Europe/Lisbon', name: 'Western European Summer Time' },
  { abbreviation: 'CET', offset: 60, dst: false, region: 'Europe/Paris', name: 'Central European Standard Time' },
  { abbreviation: 'CEST', offset: 120, dst: true, region: 'Europe/Paris', name: 'Central European Summer Time' },
  // The German names of CET and CEST (Mitteleuropäische Zeit, Mitteleuropäische Sommerzeit).
  { abbreviation: 'MEZ', offset: 60, dst: false, region: 'Europe/Berlin', name: 'Mitteleuropäische Zeit', translates: 'CET' },
  { abbreviation: 'MESZ', offset: 120, dst: true, region: 'Europe/Berlin', name: 'Mitteleuropäische Sommerzeit', translates: 'CEST' },
  { abbreviation: 'EET', offset: 120, dst: false, region: 'Europe/Athens', name: 'Eastern European Standard Time' },
  { abbreviation: 'EEST', offset: 180, dst: true, region: 'Europe/Athens', name: 'Eastern European Summer Time' },
  { abbreviation: 'MSK', offset: 180, dst: false, region: 'Europe/Moscow', name: 'Moscow Standard Time', aliases: ['Moscow Time'] },
  // Asia
  { abbreviation: 'GST', offset: 240, dst: false, region: 'Asia/Dubai', name: 'Gulf Standard Time' },
  { abbreviation: 'GST', offset: -120, dst: false, region: 'Atlantic/South_Georgia', name: 'South Georgia Time' },
  { abbreviation: 'AST', offset: 180, dst: false, region: 'Asia/Riyadh', name: 'Arabia Standard Time' },
  { abbreviation: 'PKT', offset: 300, dst: false, region: 'Asia/Karachi', name: 'Pakistan Standard Time' },
  { abbreviation: 'BST', offset: 360, dst: false, region: 'Asia/Dhaka', name: 'Bangladesh Standard Time' },
  { abbreviation: 'ICT', offset: 420, dst: false, region: 'Asia/Bangkok', name: 'Indochina Time' },
  { abbreviation: 'WIB', offset: 420, dst: false, region: 'Asia/Jakarta', name: 'Western Indonesia Time', aliases: ['Western Indonesian Time'] },
  { abbreviation: 'CST', offset: 480, dst: false, region: 'Asia/Shanghai', name: 'China Standard Time' },
  { abbreviation: 'HKT', offset: 480, dst: false, region: 'Asia/Hong_Kong', name: 'Hong Kong Time', aliases: ['Hong Kong Standard Time'] },
  { abbreviation: 'SGT', offset: 480, dst: false, region: 'Asia/Singapore', name: 'Singapore Time', aliases: ['Singapore Standard Time'] },
  { abbreviation: 'PHT', offset: 480, dst: false, region: 'Asia/Manila', name: 'Philippine Time', aliases: ['Philippine Standard Time', 'PHST'] },
  { abbreviation: 'AWST', offset: 480, dst: false, region: 'Australia/Perth', name: 'Australian Western Standard Time' },
  { abbreviation: 'JST', offset: 540, dst: false, region: 'Asia/Tokyo', name: 'Japan Standard Time' },
  { abbreviation: 'KST', offset: 540, dst: false, region: 'Asia/Seoul', name: 'Korea Standard Time', aliases: ['Korean Standard Time'] },
  { abbreviation: 'CST', offset: -300, dst: false, region: 'America/Havana', name: 'Cuba Standard Time' },
  // Oceania
  { abbreviation: 'ACST', offset: 570, dst: false, region: 'Australia/Adelaide', name: 'Australian Central Standard Time', keepAllYear: 'the Northern Territory uses ACST all year' },
  { abbreviation: 'ACDT', offset: 630, dst: true, region: 'Australia/Adelaide', name: 'Australian Central Daylight Time' },
  { abbreviation: 'AEST', offset: 600, dst: false, region: 'Australia/Sydney', name: 'Australian Eastern Standard Time', keepAllYear: 'Queensland uses AEST all year' },
  { abbreviation: 'AEDT', offset: 660, dst: true, region: 'Australia/Sydney', name: 'Australian Eastern Daylight Time' },
  { abbreviation: 'NZST', offset: 720, dst: false, region: 'Pacific/Auckland', name: 'New Zealand Standard Time' },
  { abbreviation: 'NZDT', offset: 780, dst: true, region: 'Pacific/Auckland', name: 'New Zealand Daylight Time' },
  // Africa
  { abbreviation: 'WAT', offset: 60, dst: false, region: 'Africa/Lagos', name: 'West Africa Time' },
  { abbreviation: 'CAT', offset: 120, dst: false, region: 'Africa/Maputo', name: 'Central Africa Time' },
  { abbreviation: 'SAST', offset: 120, dst: false, region: 'Africa/Johannesburg', name: 'South Africa Standard Time', aliases: ['South African Standard Time'] },
  { abbreviation: 'EAT', offset: 180, dst: false, region: 'Africa/Nairobi', name: 'East Africa Time' },
];

/** Every abbreviation reading, in table order (most common reading of an abbreviation first). */
export const ABBREVIATIONS: readonly AbbreviationRow[] = rows;

/**
 * A city's or country's clock as people name it in English, French, German and Spanish ("Paris time", "heure de
 * Paris", "deutscher Zeit", "hora peninsular"): a small table of common ones, by IANA zone.
 */
export const CITY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Europe/Paris': ['paris time', 'french time', 'heure de paris', 'heure française', 'heure francaise', 'heure locale française'],
  'Europe/Berlin': ['berlin time', 'german time', 'deutscher zeit', 'deutsche zeit', 'berliner zeit'],
  'Europe/Madrid': ['madrid time', 'hora de madrid', 'hora peninsular', 'hora peninsular española'],
  'America/New_York': ['new york time'],
  'America/Mexico_City': ['mexico city time', 'hora de ciudad de méxico', 'hora de la ciudad de méxico', 'hora del centro de méxico'],
  'America/Chicago': ['chicago time'],
  'America/Denver': ['denver time'],
  'America/Los_Angeles': ['los angeles time', 'san francisco time', 'seattle time'],
  'Asia/Tokyo': ['tokyo time'],
  'Asia/Singapore': ['singapore time'],
  'Asia/Kolkata': ['bangalore time', 'bengaluru time', 'mumbai time'],
};

/**
 * Cities whose name alone after a clock names their clock (`16:37 Denver - ...` is Denver time): only before the
 * entry's separator, a closing parenthesis or the line's end, as the time scanner reads them (`14:05 Paris
 * datacenter` names a site). Each is read as `<city> time`, a name of its zone (above, or a generic name); alone, a
 * city's name is mostly no zone (`lookupZone('Paris')` knows none).
 */
export const CITIES_ALONE: readonly string[] = [
  'new york', 'chicago', 'denver', 'los angeles', 'san francisco', 'seattle', 'london', 'paris', 'berlin', 'madrid',
  'tokyo', 'singapore', 'bangalore', 'bengaluru', 'mumbai', 'sydney',
];

/** Names that mean a region's clock, whatever the season ("Eastern Time", "PST/PDT"): name -> IANA zone. */
export const GENERIC_NAMES: Readonly<Record<string, string>> = {
  'eastern time': 'America/New_York', 'eastern': 'America/New_York', 'et': 'America/New_York', 'est/edt': 'America/New_York', 'edt/est': 'America/New_York', 'us eastern': 'America/New_York',
  'central time': 'America/Chicago', 'central': 'America/Chicago', 'ct': 'America/Chicago', 'cst/cdt': 'America/Chicago', 'cdt/cst': 'America/Chicago', 'us central': 'America/Chicago',
  'mountain time': 'America/Denver', 'mountain': 'America/Denver', 'mt': 'America/Denver', 'mst/mdt': 'America/Denver', 'mdt/mst': 'America/Denver', 'us mountain': 'America/Denver',
  'pacific time': 'America/Los_Angeles', 'pacific': 'America/Los_Angeles', 'pt': 'America/Los_Angeles', 'pst/pdt': 'America/Los_Angeles', 'pdt/pst': 'America/Los_Angeles', 'us pacific': 'America/Los_Angeles',
  'alaska time': 'America/Anchorage', 'akst/akdt': 'America/Anchorage', 'hawaii time': 'Pacific/Honolulu', 'atlantic time': 'America/Halifax',
  'uk time': 'Europe/London', 'british time': 'Europe/London', 'london time': 'Europe/London', 'gmt/bst': 'Europe/London', 'bst/gmt': 'Europe/London',
  'western european time': 'Europe/Lisbon', 'wet/west': 'Europe/Lisbon',
  'central european time': 'Europe/Paris', 'cet/cest': 'Europe/Paris', 'cest/cet': 'Europe/Paris',
  'eastern european time': 'Europe/Athens', 'eet/eest': 'Europe/Athens',
  'australian eastern time': 'Australia/Sydney', 'aet': 'Australia/Sydney', 'aest/aedt': 'Australia/Sydney', 'sydney time': 'Australia/Sydney',
  'australian central time': 'Australia/Adelaide', 'acst/acdt': 'Australia/Adelaide',
  'new zealand time': 'Pacific/Auckland', 'nzst/nzdt': 'Pacific/Auckland', 'nzt': 'Pacific/Auckland',
  'mez/mesz': 'Europe/Berlin', 'mesz/mez': 'Europe/Berlin',
  ...Object.fromEntries(Object.entries(CITY_NAMES).flatMap(([zone, names]) => names.map((n) => [n, zone]))),
};

/** Names of UTC itself. */
export const UTC_NAMES: ReadonlySet<string> = new Set(['utc', 'z', 'zulu', 'ut', 'coordinated universal time', 'universal time', 'utc+0', 'utc-0', 'gmt+0', 'utc+00:00']);
