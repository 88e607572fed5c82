/**
 * The timeline markers in French, German and Spanish (see markers.ts for the English ones and how they are read):
 * each kind's pattern, the words its prefilter looks for, and accented letters matching their plain spellings too.
 */
import type { MarkerKind } from './markers';
import { NOT_CLOCK } from './awaited';

/** A Latin letter, also with an accent: a word boundary for words that begin or end with `é`, `ó` or `ü`. */
const LETTER = 'a-z\\u00c0-\\u024f';
/** Not followed by a letter (`\b` does not see `é` as one). */
export const END = `(?![${LETTER}])`;
/** Not preceded by a letter. */
export const START = `(?<![${LETTER}])`;

/** Accented letters as written or typed without their accent (`rétabli`, `retabli`; `Störung`, `Stoerung`, `Storung`). */
const UNACCENTED: Record<string, string> = {
  é: '[éèêe]', è: '[èée]', ê: '[êée]', à: '[àa]', â: '[âa]', ç: '[çc]', î: '[îi]', ô: '[ôo]', û: '[ûùu]', ù: '[ùûu]',
  á: '[áa]', í: '[íi]', ó: '[óo]', ú: '[úu]', ñ: '[ñn]', ä: '(?:ä|ae|a)', ö: '(?:ö|oe|o)', ü: '(?:ü|ue|u)', ß: '(?:ß|ss)',
};

/** A pattern source written with accents, each accented letter also matching its plain spelling. */
export function unaccented(source: string): string {
  return source.replace(/[éèêàâçîôûùáíóúñäöüß]/g, (c) => UNACCENTED[c]);
}

/**
 * After a marker: not in a clause that states a return still to come, in French, German or Spanish ("jusqu'à ce que le
 * service soit rétabli", "bis der Dienst wieder erreichbar ist", "hasta que el servicio esté restablecido"). Read after
 * the match, so that text that holds no marker never runs it. Not before a clock (`bis 14:05` closes a range of hours).
 */
export const NOT_YET_FOREIGN = String.raw`(?<!\b(?:quand|lorsque|jusqu['’]à|jusqu['’]au|avant|dès\s+que|si|attendant|bis|wenn|sobald|falls|bevor|cuando|hasta|antes|mientras)\s${NOT_CLOCK}[^.;,]{0,140})`;

/**
 * The markers in French, German and Spanish, kind by kind, and the words that every one of them holds (with those of
 * the English markers, the prefilter of each kind). A negation or a return still to come marks nothing: "pas encore
 * rétabli", "nicht behoben", "no resuelto", "bis der Dienst wieder erreichbar ist".
 */
const FOREIGN: Record<MarkerKind, [source: string, words: readonly string[], loose?: readonly string[]]> = {
  // "Début de la panne", "la panne commence", "Beginn der Störung", "Störungsbeginn", "die Auswirkungen beginnen",
  // "Inicio de la caída", "el incidente comienza"; errors or problems that start, not when a date follows
  start: [
    String.raw`\bdébut\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(?:panne|incident|impact|indisponibilité|dégradation|interruption|coupure|perturbation|erreurs)${END}` +
    String.raw`|\b(?:panne|incident|impact|indisponibilité|dégradation|interruption|coupure|perturbation)s?\s+(?:commencent|commence|débutent|débute|a\s+commencé|ont\s+commencé|a\s+débuté|ont\s+débuté)${END}` +
    String.raw`|\b(?:erreurs|problèmes)\s+(?:commencent|ont\s+commencé)${END}(?!\s+(?:le|à|vers|depuis|dès|en|\d))` +
    String.raw`|\bbeginn\s+(?:der|des)\s+(?:störungen|störung|ausfalls|vorfalls|incidents|beeinträchtigung|auswirkungen)${END}|\b(?:störungs|ausfall|vorfalls)beginn\b` +
    String.raw`|\b(?:störungen|störung|ausfall|vorfall|beeinträchtigung|auswirkungen)\s+(?:beginnt|beginnen|begann|begannen|startet|starten|startete)\b` +
    String.raw`|\b(?:fehler|probleme)\s+(?:beginnen|begannen|starten|starteten)\b(?!\s+(?:am|um|gegen|seit|bereits|\d))` +
    // the verb first, as a German sentence puts it after a date: "Am 12. März begann die Störung um 14:05"
    String.raw`|\b(?:begann|begannen|startete)\s+(?:die|der|das)\s+(?:störungen|störung|ausfall|vorfall|beeinträchtigung|auswirkungen)\b` +
    String.raw`|\b(?:inicio|comienzo)\s+(?:de\s+la\s+|del\s+|de\s+los\s+)(?:caída|interrupción|incidencia|degradación|incidente|impacto|errores|falla|fallo)${END}` +
    String.raw`|\b(?:caída|interrupción|incidencia|degradación|incidente|impacto|falla|fallo)\s+(?:comienza|empieza|inicia|comenzó|empezó|inició)${END}` +
    String.raw`|\b(?:errores|problemas|fallos|fallas)\s+(?:comienzan|empiezan|comenzaron|empezaron)${END}(?!\s+(?:el|a\s+las|hacia|desde|\d))`,
    ['début', 'commenc', 'inici', 'comienz', 'comenz', 'empiez', 'empez', 'begann', 'startete'], ['beginn'],
  ],
  // "Fin de l'incident", "Service rétabli", "retour à la normale", "Ende der Störung", "Dienste wiederhergestellt",
  // "wieder erreichbar", "Vollständige Wiederherstellung", "Servicio restablecido", "vuelta a la normalidad"
  end: [
    '(?:' +
    String.raw`\bfin\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(?:panne|incident|impact|indisponibilité|dégradation|interruption|coupure|perturbation)${END}` +
    String.raw`|\b(?:panne|incident|impact|indisponibilité|interruption|coupure|perturbation)\s+(?:(?:est|était)\s+)?terminée?${END}` +
    String.raw`|\b(?:services|service|site|api|accès|application|plateforme|connexions|connexion)\s+(?:(?:est|sont|a\s+été|ont\s+été|était|étaient)\s+)?(?:(?:totalement|complètement|entièrement|de\s+nouveau|à\s+nouveau)\s+)?rétabli(?:es|e|s)?${END}` +
    String.raw`|\brétablissement\s+(?:complet\s+|total\s+)?(?:du|des)\s+services?${END}` +
    String.raw`|(?<!\b(?:pas\s+de|sans|avant\s+le|avant\s+un|aucun|jusqu['’]au)\s+)\brétablissement\s+(?:total|complet)${END}` +
    String.raw`|(?<!\b(?:pas|non|jamais)\s+(?:encore\s+)?)\b(?:totalement|complètement|entièrement)\s+rétabli(?:es|e|s)?${END}` +
    String.raw`|(?<!\b(?:pas\s+de|sans|avant\s+le|avant\s+un|aucun)\s+)\bretour\s+(?:à\s+la\s+normale?|au\s+nominal)${END}` +
    String.raw`|(?<!\bpas\s+)${START}(?:de\s+nouveau|à\s+nouveau)\s+(?:accessibles?|disponibles?|opérationnels?|opérationnelles?|en\s+ligne)${END}` +
    String.raw`|${START}(?:erreurs|échecs|timeouts|problèmes)\s+(?:ont\s+)?(?:cessé|cessent|disparu|disparaissent)${END}` +
    String.raw`|\bende\s+(?:der|des)\s+(?:störungen|störung|ausfalls|vorfalls|beeinträchtigung|auswirkungen)${END}|\b(?:störungs|ausfall)ende\b` +
    String.raw`|\b(?:störung|ausfall|vorfall|beeinträchtigung)\s+(?:ist\s+|war\s+)?(?:beendet|vorbei)\b` +
    String.raw`|\b(?:störung|ausfall|vorfall|beeinträchtigung)\s+endete\b(?!\s+nicht)|\bendete\s+(?:die|der)\s+(?:störung|ausfall|vorfall|beeinträchtigung)\b(?!\s+nicht)` +
    String.raw`|\b(?:dienste|dienst|services|service|systeme|system|website|webseite|seite|api|plattform|zugang|zugriff)\s+(?:(?:ist|sind|war|waren|wurde|wurden)\s+)?(?:(?:vollständig|komplett|wieder)\s+)?(?:wiederhergestellt|wieder\s+(?:erreichbar|verfügbar|online))\b` +
    String.raw`|(?<!\b(?:nicht|kein|keine|teilweise|noch)\s+)\b(?:vollständig|komplett)(?:e|er)?\s+(?:wiederhergestellt|wiederherstellung)\b` +
    String.raw`|(?<!\b(?:nicht|nie|noch)\s+)\bwieder\s+(?:erreichbar|verfügbar|online)\b` +
    String.raw`|(?<!\b(?:kein|keinen|nicht|ohne|zum)\s+)\bnormalbetrieb\b` +
    String.raw`|\b(?:fehler|störungen|timeouts|probleme)\s+(?:sind\s+)?(?:verschwinden|verschwanden|verschwunden)\b` +
    String.raw`|\bfin\s+(?:de\s+la\s+|del\s+)(?:caída|interrupción|incidencia|degradación|incidente|impacto)${END}` +
    String.raw`|\b(?:servicios|servicio|sitio|api|plataforma|acceso|sistemas|sistema)\s+(?:(?:ha\s+sido|han\s+sido|fue|fueron|está|están|es|son|quedó|queda)\s+)?(?:(?:totalmente|completamente|de\s+nuevo)\s+)?(?:restablecid|restaurad|recuperad|normalizad)(?:os|as|o|a)${END}` +
    String.raw`|\b(?:servicios|servicio|sitio|api|plataforma|acceso|sistemas|sistema)\s+se\s+(?:(?:restableció|restablecieron|recuperó|recuperaron|normalizó|normalizaron))${END}` +
    String.raw`|(?<!\b(?:sin|antes\s+de\s+la|hasta\s+la|no\s+hay)\s+)\b(?:de\s+vuelta|vuelta|regreso|retorno)\s+a\s+la\s+normalidad${END}` +
    String.raw`|(?<!\bno\s+(?:está\s+|ha\s+sido\s+)?)\b(?:totalmente|completamente)\s+(?:restablecid|restaurad|recuperad)(?:os|as|o|a)${END}` +
    String.raw`|\b(?:errores|fallos|timeouts|problemas)\s+(?:han\s+)?(?:cesaron|cesan|cesado|desaparecen|desaparecieron|desaparecido)${END}` + ')' + NOT_YET_FOREIGN,
    [String.raw`fin\s+d`, 'termin', 'rétabli', 'retour', 'nouveau', 'ces', 'dispar', 'desapar', 'ende', 'beendet', 'vorbei', 'wieder', 'normalbetrieb', 'verschw', 'restablec', 'restaur', 'recuperad', 'recuper', 'normaliz', 'normalidad', 'vuelta', 'regreso', 'retorno', 'totalmente', 'completamente'], ['störungsende', 'ausfallende'],
  ],
  // "Alerte déclenchée", "l'astreinte est prévenue", "détecté", "Alarm ausgelöst", "Überwachung erkennt das Problem",
  // "Alerta disparada", "el on-call recibe la alerta"; not "aucune alerte déclenchée", "nicht erkannt", "no detectado"
  detected: [
    String.raw`(?<!\b(?:aucune|sans|pas\s+d['’]|pas\s+de|ni)\s*)\balertes?\s+(?:déclenchées|déclenchée|déclenché|reçues|reçue|levées|levée|émises|émise)${END}` +
    String.raw`|(?<!\b(?:aucune|sans)\s+)\balertes?\b[^.;,]{0,40}?(?<!\bne\s)(?:se\s+déclenchent|se\s+déclenche|s['’]est\s+déclenchée|se\s+sont\s+déclenchées)${END}` +
    String.raw`|(?<!(?:\bpas|\bnon|\bjamais|\baucune|\baucun|\brien|\bsans)\b[^.;,]{0,30})\bdétecté(?:es|e|s)?${END}` +
    String.raw`|\b(?:astreinte|on-?call)\s+(?:est\s+|a\s+été\s+)?(?:prévenue|prévenu|alertée|alerté|appelée|appelé|contactée|contacté|pagée|pagé|bipée|notifiée|notifié|avertie|averti)${END}` +
    String.raw`|\bpremi(?:ers|er|ères|ère)\s+(?:signalements?|remontées?|retours\s+clients?|tickets?)${END}` +
    String.raw`|(?<!\b(?:kein|keine|keinen|ohne)\s+)\b(?:alarme|alarm|alerts|alert)\s+(?:(?:wird|wurde|werden|wurden)\s+)?(?:ausgelöst|empfangen|erhalten|eingegangen)\b` +
    String.raw`|(?<!(?:\bnicht|\bnie|\bkein\w*|\bunbemerkt|\bursache)\b[^.;,]{0,30})\b(?:erkannt|entdeckt)\b` +
    String.raw`|\berkennt\s+(?:das\s+|den\s+|die\s+|ein\s+|eine\s+)?(?:problem|fehler|störung|ausfall)` +
    String.raw`|\b(?:rufbereitschaft|bereitschaft|on-?call)\s+(?:wird\s+|wurde\s+)?(?:alarmiert|benachrichtigt|informiert|angerufen|gepaged)\b` +
    String.raw`|\berste\s+(?:kundenmeldungen|kundenmeldung|meldungen|meldung|störungsmeldung|tickets|ticket)\b` +
    String.raw`|(?<!\b(?:ninguna|sin|no\s+hay)\s+)\balertas?\s+(?:disparadas|disparada|recibidas|recibida|activadas|activada|generadas|generada|lanzadas|lanzada)${END}` +
    String.raw`|(?<!\b(?:ninguna|sin)\s+)\b(?:alertas?|alarmas?)\b[^.;]{0,60}?(?<!\bno\s)\b(?:disparan|dispara|disparó|se\s+disparó|saltó|salta|se\s+activó|se\s+activa)${END}` +
    String.raw`|\b(?:reciben|recibe|recibió|recibieron)\s+(?:la\s+|una\s+|el\s+)?(?:alerta|alarma|page|aviso)${END}` +
    String.raw`|(?<!(?:\bno|\bnunca|\bningún|\bninguna|\bninguno|\bsin|\bnada)\b[^.;,]{0,30})\bdetectad(?:os|as|o|a)${END}` +
    String.raw`|(?<!\bno\s+)\bse\s+detect(?:aron|an|a|ó)${END}` +
    String.raw`|\b(?:guardia|on-?call)\s+(?:es\s+|fue\s+)?(?:alertad|notificad|avisad|llamad|contactad)(?:os|as|o|a)${END}` +
    String.raw`|\bprimer(?:os|as|a|o)?\s+(?:reportes?|reclamos?|quejas?|avisos?)${END}`,
    ['alert', 'alarm', 'détect', 'detect', 'astreinte', 'on-?call', 'premi', 'erkannt', 'erkennt', 'entdeckt', 'bereitschaft', 'rufbereitschaft', 'erste', 'recib', 'guardia', 'primer'],
  ],
  // "Retour arrière du déploiement", "impact atténué", "zurückgerollt", "vorübergehend behoben", "despliegue revertido",
  // "fix temporal"
  mitigated: [
    String.raw`(?<!\b(?:pas\s+de|sans|avant\s+le|avant\s+un|aucun)\s+)\bretour\s+arrière${END}` +
    String.raw`|\brollback\s+(?:effectué|réalisé|terminé|appliqué|du|de\s+la|des)${END}` +
    String.raw`|(?<!\b(?:pas|non|jamais)\s+(?:(?:encore|été)\s+){0,2})${START}(?:atténuée|atténués|atténué|mitigée|mitigés|mitigé)${END}` +
    String.raw`|\bmitigation\s+(?:appliquée|en\s+place|terminée|effectuée|déployée)${END}` +
    String.raw`|\b(?:contournement|correctif\s+temporaire)\s+(?:est\s+|a\s+été\s+)?(?:appliqué|déployé|mis\s+en\s+place|en\s+place|activé)${END}` +
    String.raw`|(?<!(?:\bnicht|\bkein)\b[^.;,]{0,30})\b(?:zurückgerollt|zurückgedreht|eingedämmt|abgemildert|entschärft|mitigiert)\b` +
    String.raw`|\brollback\s+(?:(?:wird|wurde)\s+)?(?:durchgeführt|abgeschlossen|erfolgt|erfolgreich|des|der)\b` +
    String.raw`|\b(?:vorübergehend|teilweise|provisorisch)\s+(?:behoben|gelöst)\b` +
    String.raw`|\bworkaround\s+(?:(?:ist|wurde|wird)\s+)?(?:aktiv|eingerichtet|umgesetzt|angewendet|ausgerollt|aktiviert)\b` +
    String.raw`|(?:${START}änderung|\b(?:konfigurationsänderung|deployment|konfiguration|release|version))\b[^.;,]{0,40}?\bzurückgesetzt\b` +
    String.raw`|\b(?:rollback|reversión)\s+(?:realizado|aplicado|completado|ejecutado|exitoso|del|de\s+la)${END}` +
    String.raw`|(?<!\b(?:no|sin)\s+(?:(?:ha|han|fue|está|sido)\s+){0,2})\b(?:revertid|mitigad)(?:os|as|o|a)${END}` +
    String.raw`|\bse\s+(?:revierte|revirtió)${END}|\bmitigación\s+(?:aplicada|completada|en\s+marcha|implementada)${END}` +
    String.raw`|\b(?:solución|fix|parche)\s+temporal${END}|\bworkaround\s+aplicado${END}`,
    ['retour', 'rollback', 'atténu', 'mitig', 'contournement', 'correctif', 'zurück', 'eingedämmt', 'abgemildert', 'entschärft', 'vorübergehend', 'teilweise', 'provisorisch', 'workaround', 'reversi', 'revertid', String.raw`se\s+revi`, 'soluci', 'fix', 'parche'],
  ],
  // "Incident résolu", "Störung behoben", "Ursache behoben", "Problem gelöst", "Resuelto"; not "pas encore résolu",
  // "nicht behoben", "vorübergehend behoben" (a mitigation), "no resuelto", nor a ticket marked resolved
  resolved: [
    String.raw`${START}résolu(?:es|e|s)?${END}(?<!\bmarquée?s?\s+(?:comme\s+)?résolu[a-z]*|\bticket\b[^.;]{0,40}résolu[a-z]*|(?:\bpas|\bnon|\bjamais|\bplus)\s+(?:(?:encore|été|être|totalement|complètement|entièrement)\s+){0,2}résolu[a-z]*|\b(?:reste|restent|à)\s+(?:être\s+)?résolu[a-z]*)` +
    String.raw`|\b(?:incident|panne)\s+(?:est\s+)?(?:clôturé|clos|fermé)${END}` +
    String.raw`|\b(?:behoben|gelöst)\b(?<!(?:\bnicht|\bnie|\bkein\w*|\bvorübergehend|\bteilweise|\bprovisorisch|\bbis|\bwenn|\bsobald|\bmuss|\bmüssen|\bsoll|\bsollte)\b[^.;,]{0,40}(?:behoben|gelöst))` +
    String.raw`|\b(?:incident|vorfall|störung)\s+(?:(?:wird|wurde|ist)\s+)?geschlossen\b` +
    String.raw`|\b(?:resuelt|solucionad)(?:os|as|o|a)${END}(?<!(?:\bno|\bnunca|\bjamás|\bsin)\s+(?:(?:se|ha|han|fue|fueron|está|están|sido|aún|todavía|totalmente|completamente)\s+){0,3}(?:resuelt|solucionad)[a-z]*|\bmarcad[oa]s?\s+(?:como\s+)?(?:resuelt|solucionad)[a-z]*|\b(?:ticket|jira)\b[^.;]{0,40}(?:resuelt|solucionad)[a-z]*)` +
    String.raw`|\bincidente\s+(?:(?:fue|es|queda|quedó)\s+)?cerrado${END}`,
    ['résolu', 'clôtur', 'clos', 'fermé', 'behoben', 'gelöst', 'geschlossen', 'resuelt', 'solucionad', 'cerrado'],
  ],
};

/** An English marker with its French, German and Spanish ones (each accented letter also matching its plain spelling). */
export function withForeign(kind: MarkerKind, english: RegExp, also?: string): RegExp {
  return new RegExp(`${english.source}${also ? `|${also}` : ''}|${unaccented(FOREIGN[kind][0])}`, 'i');
}

/** The words every French, German and Spanish marker of `kind` holds (accents optional): its prefilter's words. */
export function foreignWords(kind: MarkerKind): string[] {
  return FOREIGN[kind][1].map(unaccented);
}

/** The words of `kind`'s French, German and Spanish markers that may stand inside a longer word (`Störungsbeginn`). */
export function foreignLoose(kind: MarkerKind): string[] {
  return (FOREIGN[kind][2] ?? []).map(unaccented);
}
