/**
 * Whether the name before the clock of a chat line copied into a list item (`- Alice Chen 2:04 PM deploys the fix`) is
 * a sender's. A person's name is two to four capitalised words (`Alice Chen`, `Mary Ann de Souza`); a system's holds a
 * product's or a part's word (`Kafka Connect`, `Checkout Frontend`), a capital inside a word (`PagerDuty Incident`) or
 * ends in a system's noun (`Checkout Service`); an event's label ends in -ed (`Fix Deployed`). A handle (`@alice`,
 * `alice.chen`) is a sender's. Doubtful names are refused: an entry without its sender loses little, a system shown as
 * a person misleads.
 */

/**
 * A name's last word in -ed, an event's label in title case (`Incident Declared`, `Fix Deployed`; but see
 * `NAME_IN_ED`), or a noun of a system or of a part of one (`Checkout Service`, `Checkout Frontend`, `Grafana
 * Alerting`): no sender. No surname is among them (`Jimmy Page` is a person).
 */
const LABEL_END = new RegExp(String.raw`(?:\p{Ll}ed|Services?|Servers?|Clusters?|Databases?|DB|Gateways?|Queues?|Workers?|Caches?|Pipelines?|Jobs?|Systems?|Platform|Errors?|Latency|Traffic|Deploy(?:ment)?s?|Rollback|Outage|Incident|Alerts?|Regions?|Nodes?|Pods?|`
  + String.raw`Front-?ends?|Back-?ends?|Connect|Alerting|Monitoring|Logging|Tracing|Metrics|Logs|Streaming|Messaging|Proxy|Proxies|Ingress|Balancers?|Schedulers?|Controllers?|Operators?|Agents?|Bots?|Monitors?|Dashboards?|Consoles?|Portals?|Apps?|Stores?|Storage|Search|Registry|Brokers?|Streams?|Runners?|Builds?|Webhooks?|Probes?|Checks?|Network|Firewall|Routers?|Mesh|Engine|Managers?|Consumers?|Producers?|Exporters?|Collectors?|Indexers?|Teams?|Replicas?|Shards?|Canary|Releases?|Actions|Hub|Desk|Bridge|Endpoints?|Functions?|Clients?|Daemons?|Instances?|Hosts?|Containers?|Volumes?|Buckets?|Topics?|Tasks?|Tests?|Alarms?|Notifications?|Reports?|Requests?|Timeouts?|Failures?|Downtime)$`, 'u');
/** Names in -ed: a sender's, not an event's label. */
const NAME_IN_ED = /\b(?:Ahmed|Moham+ed|Muham+ed|Saeed|Rasheed|Javed|Hamed|Waleed|Fred|Ted|Reed|Ned|Jared|Zayed|Sayed|Syed|Mehmed)$/;

/**
 * A word no person's name holds: a product's or a tool's (`Kafka`, `Grafana`, `Pagerduty`), a part of a business or of
 * its systems (`Checkout`, `Payments`, `Frontend`), or a word that opens an event's label (`First`, `Initial`). Names
 * that are also people's (`Jenkins`, `Cassandra`, `Travis`) are left out.
 */
const NO_PERSON_WORD = new RegExp(String.raw`(?:^| )(?:Kafka|Grafana|Prometheus|Alertmanager|Datadog|Sentry|Kubernetes|Redis|Postgres(?:ql)?|Mysql|Mongo(?:db)?|Nginx|Envoy|Istio|Linkerd|Consul|Vault|Nomad|Terraform|Ansible|Elasticsearch|Elastic|Kibana|Logstash|Splunk|Opsgenie|Pagerduty|Slack(?:bot)?|Github|Gitlab|Bitbucket|Jira|Confluence|Cloudflare|Fastly|Akamai|Azure|Amazon|Google|Microsoft|Heroku|Vercel|Netlify|Statuspage|Pingdom|Nagios|Zabbix|Icinga|Docker|Kubectl|Argo(?:cd)?|Spinnaker|Buildkite|Circleci|Airflow|Sidekiq|Rabbitmq|Zookeeper|Hadoop|Flink|Snowflake|Bigquery|Redshift|Kinesis|Firebase|Supabase|Stripe|Twilio|Sendgrid|Okta|Zendesk|Honeycomb|Dynatrace|Relic|Rootly|Cloudwatch|Lambda|Zoom|Webex|Varnish|Memcached|Traefik|`
  + String.raw`Checkout|Payments?|Billing|Auth|Authentication|Login|Signup|Orders?|Cart|Inventory|Shipping|Catalog(?:ue)?|Pricing|Identity|Accounts?|Production|Prod|Staging|Legacy|Internal|External|Infra|Analytics|Reporting|Uploads?|Downloads?|Synthetics?|Customers?|Users?|Status|Health|Uptime|`
  + String.raw`First|Second|Last|Initial|Final|Next|New|Another|Full|Partial|Main|Primary|Secondary|Our|The)(?= |$)`, 'u');

/** A capital inside a word (`PagerDuty`, `GitHub`, `CloudWatch`): a product's name. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** A surname's prefix before its capital (`McDonald`, `MacArthur`, `DeShawn`, `LaToya`, `DiCaprio`, `VanDyke`). */
const NAME_PREFIXED = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}[\p{Ll}'’-]+$/u;

/** True when a word has a capital inside it that no surname's prefix explains. */
function productWord(word: string): boolean {
  return INNER_CAPITAL.test(word) && !NAME_PREFIXED.test(word);
}

/**
 * True when `name`, written before the clock of a chat line copied into a list item, is a sender's: a person's name of
 * two words or more that names no system nor event, or a handle (`@alice`, `alice.chen`, `bob_li`). One capitalised
 * word (`Deploy`, `Alice`) is refused: prose writes it before a time as often.
 */
export function isSenderName(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c === 0x40) return true;
  const lower = c >= 0x61 && c <= 0x7a;
  if (lower && (name.includes('.') || name.includes('_'))) return true;
  // one capitalised word is more often prose than a sender (`Deploy 2:04 PM done`)
  if (!name.includes(' ')) return false;
  if (LABEL_END.test(name) && !NAME_IN_ED.test(name)) return false;
  if (NO_PERSON_WORD.test(name)) return false;
  for (const word of name.split(' ')) if (productWord(word)) return false;
  return true;
}
