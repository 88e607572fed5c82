// A symptom in a timeline's first marked entry ("seeing 500s", "error rate climbing", "checkout is down") marks the
// start when nothing else states or marks it.
import * as assert from 'assert';
import { analyze } from '../../../src/core/analysis';

const now = Date.parse('2026-11-25T12:00:00Z');
/** A chat paste with `message` first and a rollback after it; `summary` is the Summary's text. */
const doc = (message: string, summary = 'Checkout failed for most customers.', ...before: string[]) => ['# Checkout outage', '', 'Date: 2024-03-12', '', '## Summary', '', summary, '',
  '## Timeline', '', 'All times UTC.', '', ...before, 'Alice Chen  2:04 PM', message, 'Bob Li  2:10 PM', 'Rolled back cfg-12', 'Bob Li  2:30 PM', 'Errors stopped. Resolved.'].join('\n') + '\n';
const start = (text: string) => analyze(text, { now }).metrics.start?.time.text;

describe('analyze: a symptom marks the start when nothing else does', () => {
  // [the first message, the start read: its time or none]
  const cases: [string, string | undefined][] = [
    ['Seeing 500s on checkout, error rate climbing', '2:04 PM'],
    ['seeing 5xx from the payments API', '2:04 PM'],
    ["We're seeing elevated errors on login", '2:04 PM'],
    ['we are seeing a lot of timeouts from the card vault', '2:04 PM'],
    ['Error rate climbing on checkout', '2:04 PM'],
    ['error rates rising fast on /api/orders', '2:04 PM'],
    ['Errors spiking on /api/orders', '2:04 PM'],
    ['5xx spiking in us-east-1', '2:04 PM'],
    ['Latency is climbing on the search tier', '2:04 PM'],
    ['Checkout is down', '2:04 PM'],
    ['the site is down for everyone', '2:04 PM'],
    ['api.example.com went down', '2:04 PM'],
    // a metric of failure past a threshold, as an alert's text says it
    ['Search p99 latency exceeds 3s; alert fires', '2:04 PM'],
    ['Error rate above 5% on checkout', '2:04 PM'],
    ['5xx rate crossed the SLO threshold', '2:04 PM'],
    ['p99 latency is over 2 s on the search tier', '2:04 PM'],
    ['timeouts exceeded 200 per minute', '2:04 PM'],
    // not a symptom seen here: denied, past, going away, a question, to come, or good news
    ['we were not seeing 500s', undefined],
    ["we aren't seeing errors on checkout", undefined],
    ['no longer seeing timeouts', undefined],
    ['still seeing 500s', undefined],
    ['the 500s we were seeing yesterday were another bug', undefined],
    ['error rate climbing back to normal', undefined],
    ['anyone else seeing 500s on checkout?', undefined],
    ['is checkout down?', undefined],
    ['page me if you start seeing 500s', undefined],
    ['error rate is down to 0.1%', undefined],
    ['latency is down', undefined],
    ['scaled down the workers', undefined],
    ['checkout is not down, only slow for some', undefined],
    ['traffic climbing as the sale starts', undefined],
    ['latency over the weekend was normal', undefined],
    ['error rate no longer above 5%', undefined],
    ['alert if the error rate exceeds 5%', undefined],
    ['latency below 200 ms again', undefined],
  ];
  for (const [message, expected] of cases) {
    it(message, () => assert.strictEqual(start(doc(message)), expected));
  }

  it('leaves the start to what states or marks it: a field, a marker, the Summary, an entry marked earlier', () => {
    assert.strictEqual(start(doc('Seeing 500s on checkout', 'Checkout failed for most customers.', 'Start: 2024-03-12 14:01 UTC', '')), '2024-03-12 14:01 UTC');
    assert.strictEqual(start(doc('Seeing 500s on checkout', 'At 14:02 UTC checkout requests began failing.')), '14:02 UTC');
    assert.strictEqual(start(doc('Seeing 500s on checkout', undefined, 'Carol Diaz  2:02 PM', 'Alert fired for checkout errors')), undefined);
    assert.strictEqual(start(doc('Seeing 500s on checkout', undefined, 'Carol Diaz  2:02 PM', 'Outage begins: checkout failing')), '2:02 PM');
  });
});

describe('analyze: a symptom in French, German or Spanish marks the start when nothing else does', () => {
  /** A timeline in `lang` with `message` at 14:04, a rollback at 14:10 and the end at 14:30, as its writers write it. */
  const docs: Record<'fr' | 'de' | 'es', (message: string) => string> = {
    fr: (message) => ['# Panne du paiement', '', '**Date :** 12 mars 2024', '', '## Résumé', '', 'Le paiement a échoué pour la plupart des clients.', '',
      '## Chronologie', '', 'Toutes les heures sont en UTC.', '', `- 14h04 : ${message}`, '- 14h10 : Retour arrière du déploiement', '- 14h30 : Service rétabli'].join('\n') + '\n',
    de: (message) => ['# Störung im Checkout', '', '- **Datum:** 12. März 2024', '', '## Zusammenfassung', '', 'Die meisten Bestellungen schlugen fehl.', '',
      '## Zeitablauf', '', 'Alle Zeiten in UTC.', '', `- 14:04 ${message}`, '- 14:10 Deployment zurückgerollt', '- 14:30 Dienste wiederhergestellt'].join('\n') + '\n',
    es: (message) => ['# Caída del checkout', '', '- **Fecha:** 2024-03-12', '', '## Resumen', '', 'La mayoría de los pagos fallaron.', '',
      '## Línea de tiempo', '', 'Todas las horas en UTC.', '', `- 14:04 ${message}`, '- 14:10 Despliegue revertido', '- 14:30 Servicio restablecido'].join('\n') + '\n',
  };
  // [language, the first entry's text, whether it marks the start]
  const cases: ['fr' | 'de' | 'es', string, boolean][] = [
    // French: errors seen, a metric on the rise, a service down
    ['fr', "Taux d'erreur en hausse sur le checkout", true],
    ['fr', 'on voit des 500 sur /api/orders', true],
    ['fr', "On voit beaucoup d'erreurs au paiement", true],
    ['fr', 'nous observons des timeouts vers la base', true],
    ['fr', 'On commence à voir des erreurs 502', true],
    ['fr', 'les erreurs 5xx explosent', true],
    ['fr', 'la latence grimpe sur la recherche', true],
    ['fr', 'Le site est en panne', true],
    ['fr', "l'API est down pour tout le monde", true],
    ['fr', 'le checkout est HS', true],
    ['fr', 'Pic d’erreurs sur le paiement', true],
    ['fr', 'la prod tombe', true],
    // not a symptom seen here: denied, still seen, a question, a condition, a metric going down
    ['fr', 'on ne voit plus de 500', false],
    ['fr', 'on voit toujours des 500', false],
    ['fr', "le taux d'erreur n'est plus en hausse", false],
    ['fr', 'Le site est en panne ?', false],
    ['fr', 'est-ce que quelqu’un voit des 500 ?', false],
    ['fr', 'prévenez-moi si on voit des 500', false],
    ['fr', "tout va bien, à moins qu'on voie des 500", false],
    ['fr', "le site n'est pas en panne, seulement lent", false],
    ['fr', "le taux d'erreur est en baisse", false],
    // German
    ['de', 'Fehlerrate steigt im Checkout', true],
    ['de', 'wir sehen 500er auf /api/orders', true],
    ['de', 'Wir sehen gerade viele Timeouts', true],
    ['de', 'Seit 14:00 sehen wir erhöhte Fehler', true],
    ['de', 'Checkout ist down', true],
    ['de', 'Die Webseite ist komplett ausgefallen', true],
    ['de', 'Latenz schießt nach oben', true],
    ['de', 'Anstieg der Fehlerrate bei Zahlungen', true],
    ['de', 'wir sehen keine 500er mehr', false],
    ['de', 'wir sehen immer noch 500er', false],
    ['de', 'Fehlerrate steigt nicht mehr', false],
    ['de', 'Checkout ist nicht down, nur langsam', false],
    ['de', 'Ist Checkout down?', false],
    ['de', 'Bescheid geben, falls die Fehlerrate steigt', false],
    ['de', 'alles ruhig, außer wenn wir 500er sehen', false],
    ['de', 'kein Anstieg der Fehlerrate', false],
    // Spanish
    ['es', 'la tasa de errores sube en el checkout', true],
    ['es', 'vemos errores 500 en /api/orders', true],
    ['es', 'Estamos viendo muchos timeouts', true],
    ['es', 'el sitio está caído', true],
    ['es', 'La API se cayó', true],
    ['es', 'aumentan los errores 5xx', true],
    ['es', 'los errores se disparan en pagos', true],
    ['es', 'las fallas aumentan en pagos', true],
    ['es', 'ya no vemos errores 500', false],
    ['es', 'todavía vemos errores 500', false],
    ['es', '¿alguien más ve errores 500?', false],
    ['es', '¿el sitio está caído?', false],
    ['es', 'avisad si vemos errores 500', false],
    ['es', 'todo bien, a menos que veamos errores 500', false],
    ['es', 'el sitio no está caído, solo lento', false],
    ['es', 'la tasa de errores baja', false],
    ['es', 'la latencia sube de nuevo a lo normal', false],
  ];
  for (const [lang, message, marks] of cases) {
    it(`${lang}: ${message}`, () => assert.strictEqual(start(docs[lang](message)), marks ? (lang === 'fr' ? '14h04' : '14:04') : undefined));
  }
});
