/**
 * Whether the name before the clock of a chat line copied into a list item (`- Alice Chen 2:04 PM deploys the fix`) is
 * a sender's. A person's name is two to four capitalised words (`Alice Chen`, `Mary Ann de Souza`); a system's holds a
 * product's or a part's word (`Kafka Connect`, `Checkout Frontend`), a capital inside a word (`PagerDuty Incident`) or
 * ends in a system's noun (`Checkout Service`); an event's label ends in -ed or names a start or end (`Fix Deployed`,
 * `Outage Start`). A handle (`@alice`, `alice.chen`) is a sender's, and a lower-case word alone (`alice`) when it is
 * no word of prose, of an event or of a system. Doubtful names are refused: the entry then keeps the name in its text,
 * while a system shown as a person misleads.
 */
import type { TimelineEntry } from './types';

/**
 * A name's last word in -ed, an event's label in title case (`Incident Declared`, `Fix Deployed`; but see
 * `NAME_IN_ED`), or a noun of a system or of a part of one (`Checkout Service`, `Checkout Frontend`, `Grafana
 * Alerting`): no sender. Some are surnames too (`Jobs`, `Hub`): after a known given name they end a person's name (see
 * `GIVEN_NAME`).
 */
const LABEL_END = new RegExp(String.raw`(?:\p{Ll}ed|Services?|Servers?|Clusters?|Databases?|DB|Gateways?|Queues?|Workers?|Caches?|Pipelines?|Jobs?|Systems?|Platform|Errors?|Latency|Traffic|Deploy(?:ment)?s?|Rollback|Outage|Incident|Alerts?|Regions?|Nodes?|Pods?|`
  + String.raw`Front-?ends?|Back-?ends?|Connect|Alerting|Monitoring|Logging|Tracing|Metrics|Logs|Streaming|Messaging|Proxy|Proxies|Ingress|Balancers?|Schedulers?|Controllers?|Operators?|Agents?|Bots?|Monitors?|Dashboards?|Consoles?|Portals?|Apps?|Stores?|Storage|Search|Registry|Brokers?|Streams?|Runners?|Builds?|Webhooks?|Probes?|Checks?|Network|Firewall|Routers?|Mesh|Engine|Managers?|Consumers?|Producers?|Exporters?|Collectors?|Indexers?|Teams?|Replicas?|Shards?|Canary|Releases?|Actions|Hub|Desk|Bridge|Endpoints?|Functions?|Clients?|Daemons?|Instances?|Hosts?|Containers?|Volumes?|Buckets?|Topics?|Tasks?|Tests?|Alarms?|Notifications?|Reports?|Requests?|Timeouts?|Failures?|Downtime|Start|Starts|Begins|End|Ends)$`, 'u');
/**
 * Common given names, of many languages, that are no English word nor a product's, a language's or a myth's name (no
 * `Max`, `Mark`, `Will`, `Ruby`, `Julia`, `Aurora`, `Athena`): a name that starts with one is a person's, its last word a
 * surname even when a system's noun ends it (`Sam Jobs`, `Ana Hub`, `Lee Service`; `Deploy Jobs` names a system).
 */
const GIVEN_NAME = new RegExp(String.raw`^(?:Aaron|Abdul|Adam|Adrian|Ahmed|Aisha|Alan|Albert|Alejandro|Alex|Alexander|Alexandra|Ali|Alice|Alicia|Amanda|Amir|Amit|Ana|Andrea|Andrew|Andy|Angela|Anil|Anita|Ann|Anna|Anne|Anthony|Antonio|Arjun|Ashley|Ben|Benjamin|Beth|Bob|Brian|Bruno|Carl|Carla|Carlos|Carmen|Carol|Caroline|Catherine|Charles|Charlie|Chen|Chris|Christian|Christina|Christine|Christopher|Claire|Clara|Daniel|Daniela|Danny|Darren|David|Deepak|Denise|Diana|Diego|Dmitri|Dmitry|Elena|Eli|Elizabeth|Ella|Emily|Emma|Eric|Erik|Eva|Evan|Fatima|Felix|Fernando|Francesca|Francisco|Gabriel|George|Greg|Gregory|Hannah|Hans|Hassan|Helen|Henry|Hiroshi|Hugo|Ian|Igor|Ingrid|Isaac|Ivan|Jacob|James|Jamie|Jan|Jane|Jason|Javier|Jeff|Jennifer|Jessica|Jim|Jimmy|Joe|Joel|John|Jon|Jonas|Jonathan|Jorge|Jos[eé]|Joseph|Josh|Joshua|Juan|Julie|Karen|Karim|Kate|Katie|Keith|Kelly|Ken|Kenji|Kevin|Kim|Laura|Lauren|Lee|Leo|Li|Lin|Linda|Lisa|Lucas|Lucia|Luis|Luke|Marco|Maria|Marie|Mario|Martin|Mary|Matt|Matteo|Matthew|Mei|Michael|Michelle|Miguel|Mike|Moham+ed|Muham+ad|Nadia|Nancy|Natalie|Nathan|Neil|Nick|Nicole|Nikhil|Nina|Noah|Olga|Oliver|Olivia|Omar|Oscar|Pablo|Paul|Paula|Pedro|Peter|Philip|Pierre|Priya|Rachel|Rahul|Raj|Rajesh|Ravi|Rebecca|Ricardo|Richard|Rita|Robert|Roberto|Ryan|Sam|Samuel|Sanjay|Sara|Sarah|Scott|Sean|Sergei|Sergey|Simon|Sofia|Sophia|Sophie|Stefan|Stephen|Steve|Steven|Sunil|Susan|Takeshi|Tanya|Tom|Tom[aá]s|Tony|Tyler|Vikram|Vivek|Wei|William|Yuki|Yusuf|Zoe) `, 'u');
/** An event's label's last word in -ed (`Fix Deployed`): a given name before it proves no person. */
const ED_END = /\p{Ll}ed$/u;

/** Names in -ed, in any case (`Ted`, the handle `ted`): a sender's, not an event's label. */
const NAME_IN_ED = /\b(?:Ahmed|Khaled|Moham+ed|Muham+ed|Saeed|Rasheed|Javed|Hamed|Waleed|Fred|Alfred|Wilfred|Manfred|Winifred|Mildred|Siegfried|Ted|Reed|Ned|Jared|Zayed|Sayed|Syed|Mehmed)$/i;

/**
 * A word no person's name holds: a product's or a tool's (`Kafka`, `Grafana`, `Pagerduty`), a part of a business or of
 * its systems (`Checkout`, `Payments`, `Frontend`), or a word that opens an event's label (`First`, `Initial`). Names
 * that are also people's (`Jenkins`, `Cassandra`, `Travis`) are left out.
 */
const PRODUCTS = String.raw`Kafka|Grafana|Prometheus|Alertmanager|Datadog|Sentry|Kubernetes|Redis|Postgres(?:ql)?|Mysql|Mongo(?:db)?|Nginx|Envoy|Istio|Linkerd|Consul|Vault|Nomad|Terraform|Ansible|Elasticsearch|Elastic|Kibana|Logstash|Splunk|Opsgenie|Pagerduty|Slack(?:bot)?|Github|Gitlab|Bitbucket|Jira|Confluence|Cloudflare|Fastly|Akamai|Azure|Amazon|Google|Microsoft|Heroku|Vercel|Netlify|Statuspage|Pingdom|Nagios|Zabbix|Icinga|Docker|Kubectl|Argo(?:cd)?|Spinnaker|Buildkite|Circleci|Airflow|Sidekiq|Rabbitmq|Zookeeper|Hadoop|Flink|Snowflake|Bigquery|Redshift|Kinesis|Firebase|Supabase|Stripe|Twilio|Sendgrid|Okta|Zendesk|Honeycomb|Dynatrace|Relic|Rootly|Cloudwatch|Lambda|Zoom|Webex|Varnish|Memcached|Traefik`;
const NO_PERSON_WORD = new RegExp(String.raw`(?:^| )(?:${PRODUCTS}|`
  + String.raw`Checkout|Payments?|Billing|Auth|Authentication|Login|Signup|Orders?|Cart|Inventory|Shipping|Catalog(?:ue)?|Pricing|Identity|Accounts?|Production|Prod|Staging|Legacy|Internal|External|Infra|Analytics|Reporting|Uploads?|Downloads?|Synthetics?|Customers?|Users?|Status|Health|Uptime|`
  + String.raw`First|Second|Last|Initial|Final|Next|New|Another|Full|Partial|Main|Primary|Secondary|Our|The)(?= |$)`, 'u');

/** A capital inside a word (`PagerDuty`, `GitHub`, `CloudWatch`): a product's name. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/**
 * A name's prefix before its capital: a surname's (`McDonald`, `MacArthur`, `DiCaprio`, `VanDyke`) or a given name's
 * (`DeShawn`, `LaToya`, `JoAnn`, `KeShawn`, `MaryBeth`).
 */
const NAME_PREFIXED = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|Jo|Ja|Ke|Ra|Ta|Ty|Sha|Mary)\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Lower-case words that are no handle: words that put a time in prose (`at 2:04 PM`, `around`, `until`), days and
 * months, zones, and the words of an event (`deploy`, `rollback`, `restart`, `standup`).
 */
const NOT_HANDLES = /^(?:at|on|by|to|in|and|or|then|now|eta|until|till|since|before|after|from|between|around|about|approx|approximately|circa|ca|roughly|nearly|almost|just|later|earlier|start|end|begin|finish|done|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|noon|midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|ist|deploy|rollback|rollout|cutover|release|restart|failover|maintenance|standup|retro|meeting|call|lunch|break|update|note|fix|hotfix|patch|backup|sync|build|merge|revert|page|escalation|handoff|handover|shift|oncall|ack|resolve|impact|recovery|status|issue|problem|alert|outage|incident|error|errors|latency|traffic|ticket)$/;
/** Lower-case words of an event or a system rather than a person: in -ed, -ing, -tion, -sion or -ment. */
const EVENT_WORD = /(?:ed|ing|tion|sion|ment)$/;

/** True when a word has a capital inside it that no surname's prefix explains. */
function productWord(word: string): boolean {
  return INNER_CAPITAL.test(word) && !NAME_PREFIXED.test(word);
}

/**
 * True when `name`, written before the clock of a chat line copied into a list item, is a sender's: a person's name of
 * two words or more that names no system nor event, a handle (`@alice`, `alice.chen`, `bob_li`), or a lower-case word
 * alone that is no word of prose, of an event or of a system (`alice`, not `at`, `deploy`, `kafka`). One capitalised
 * word (`Deploy`, `Alice`) is refused: prose writes it before a time as often.
 */
export function isSenderName(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c === 0x40) return true;
  const lower = c >= 0x61 && c <= 0x7a;
  if (lower && (name.includes('.') || name.includes('_'))) return true;
  if (!name.includes(' ')) {
    // a lower-case word alone: a handle (`alice`) unless a word of prose, of an event or of a system
    if (!lower) return false;
    if (NAME_IN_ED.test(name)) return true;
    if (NOT_HANDLES.test(name) || EVENT_WORD.test(name)) return false;
    return !namesSystem(name[0].toUpperCase() + name.slice(1));
  }
  return !namesSystem(name);
}

/**
 * True when the capitalised `name`, of one word or several, names a system, a product or an event rather than a
 * person: by its last word (`Checkout Frontend`, `Fix Deployed`, `Deploy`; not a surname after a given name, `Sam
 * Jobs`), a product's or a part's word (`Kafka Connect`, `Datadog`) or a capital inside a word (`PagerDuty`). The one decision of whether a chat's name is a
 * person's, for a list item's sender, a chat header's and a bot's name.
 */
export function namesSystem(name: string): boolean {
  if (LABEL_END.test(name) && !NAME_IN_ED.test(name) && !(GIVEN_NAME.test(name) && !ED_END.test(name))) return true;
  if (NO_PERSON_WORD.test(name)) return true;
  for (const word of name.split(' ')) if (productWord(word)) return true;
  return false;
}

/** A system's noun that is a surname too, ending a name (`Xiomara Jobs`, `Ana Hub`, `Lee Service`, `Priya Desk`). */
const SURNAME_NOUN = / (?:Jobs|Hub|Service|Bridge|Desk|Engine)$/u;
/** A word as a name writes it: a capital, then small letters (`Xiomara`, `José`); no acronym (`CI`) nor product (`GitHub`). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * Words that say which system before such a noun (`Nightly Jobs`, `Data Hub`, `Help Desk`, `Event Bridge`), besides the
 * system's nouns and words of `LABEL_END`, `NO_PERSON_WORD` and `NOT_HANDLES`.
 */
const SYSTEM_QUALIFIER = /^(?:Cron|Batch|Background|Nightly|Daily|Hourly|Weekly|Monthly|Scheduled|Data|Help|Events?|Core|Web|Mobile|Edge|Cloud|Central|Global|Admin|Api|Email|Mail|Messages?|Import|Export|Cleanup|Docs|Dev|Test|Ops|Devops|Compute|Async|Periodic|Support|Security|Media|Video|Image|Files?|Assets?|Content|Feature|Config|Job|Task|Sync|Backup|Report|Integration|Render|Worker)$/;

/**
 * True when `name`, which `namesSystem` refuses by its last word only, is shaped as a person's: words of a name (see
 * `NAME_WORD`), none a system's, before a system's noun that is a surname too (`Xiomara Jobs`, `Max Jobs`; not `Deploy
 * Jobs`, `CI Jobs`, `Data Hub`). Its given name may be one nobody listed: it is a sender's only in a paste whose other
 * senders are people (see `surnamedSenders`).
 */
export function surnamedPerson(name: string): boolean {
  if (!SURNAME_NOUN.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 3) return false;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k];
    const lower = w.toLowerCase();
    if (!NAME_WORD.test(w) || LABEL_END.test(w) || NO_PERSON_WORD.test(w) || SYSTEM_QUALIFIER.test(w) || NOT_HANDLES.test(lower) || (EVENT_WORD.test(lower) && !NAME_IN_ED.test(w))) return false;
  }
  return true;
}

/** A word in capitals (`AWS`, `CD`, `CI`): an acronym, as products' names hold and people's do not. */
const ACRONYM = /(?:^| )\p{Lu}{2,}(?= |$)/u;

/** A product's or a tool's word of `NO_PERSON_WORD` (`Grafana`, `Opsgenie`), not a part of a business (`Checkout`). */
const PRODUCT_WORD = new RegExp(String.raw`(?:^| )(?:${PRODUCTS})(?= |$)`, 'u');
/** A bot's name by its last word (`Deploy Bot`, `AWS Chatbot`). */
const BOT_END = /(?:Bot|Chatbot)$/;

/**
 * True when `name` names a product or a bot (`PagerDuty`, `Opsgenie`, `Grafana Alerting`, `AWS Chatbot`, `Deploy Bot`,
 * `incident.io`): a capital inside a word, a product's or a tool's word, a last word `Bot`, or a lower-case name with a
 * dot; not a system of a business (`Checkout`, `Payments API`).
 */
export function namesProduct(name: string): boolean {
  if (name.includes('.') && name.charCodeAt(0) >= 0x61) return true;
  if (PRODUCT_WORD.test(name) || BOT_END.test(name)) return true;
  for (const word of name.split(' ')) if (productWord(word)) return true;
  return false;
}

/** Words before `APP` in prose (`The APP: crashed`, `Mobile APP 2:04 PM`): a determiner or a kind of app, no bot. */
const NOT_BOT_WORDS = /^(?:The|A|An|Our|Your|Their|My|This|That|Its|Every|Each|Any|No|Mobile|Web|Desktop|Native|iOS|Android|New|Old)$/i;

/**
 * True when `name`, written before an app's or a bot's badge (`PagerDuty  APP  2:04 PM`), is a bot's: one word
 * (`PagerDuty`, `Datadog`; not a determiner nor a kind of app: `The`, `Mobile`), or words that name a product or a
 * system (`Grafana Alerting`, `Deploy Bot`, `AWS Chatbot`), not a person's name nor words of prose.
 */
export function isBotName(name: string): boolean {
  if (!name.includes(' ')) return !NOT_BOT_WORDS.test(name);
  return namesSystem(name) || ACRONYM.test(name);
}

/** The sender a chat header's entry names when the paste's other senders are people (see `surnamedPerson`). */
const surnamedAuthors = new WeakMap<TimelineEntry, NonNullable<TimelineEntry['author']>>();

/** Notes that `entry`'s header names `author` in a person's shape that only its last word refused (see `surnamedPerson`). */
export function noteSurnamed(entry: TimelineEntry, author: NonNullable<TimelineEntry['author']>): void {
  surnamedAuthors.set(entry, author);
}

/**
 * `entries` (changed in place) with the sender noted by `noteSurnamed` given to its entries when another entry has a
 * person for sender (no bot, no product): in a paste of people's messages, `Xiomara Jobs  2:04 PM` is one more person,
 * whose given name nobody listed. A timeline with no sender is returned after one test per entry.
 */
export function surnamedSenders(entries: TimelineEntry[]): TimelineEntry[] {
  let people = false;
  for (const e of entries) if (e.author && !namesProduct(e.author.text)) { people = true; break; }
  if (!people) return entries;
  for (let k = 0; k < entries.length; k++) {
    const author = entries[k].author ? undefined : surnamedAuthors.get(entries[k]);
    if (author) entries[k] = { ...entries[k], author };
  }
  return entries;
}
