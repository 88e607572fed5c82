/**
 * Section titles: the headings that name each standard section (`Impact`, `What went wrong?`, `Root cause #2`,
 * `Causes racines`, `Auswirkungen`), in English, French, German and Spanish, and the matching of a written title to one.
 */
import { memoized } from '../cache';
import type { StandardSectionId } from './types';
import { labelKeys, normalizeLabel, stripMarkup } from './text';
/** Heading titles (normalised: lower case, no punctuation) that name each standard section. */
export const sectionSynonyms: Record<StandardSectionId, readonly string[]> = {
  summary: ['summary', 'overview', 'what happened', 'what happened?', 'incident overview and summary', 'executive summary', 'incident summary', 'issue summary', 'outage summary', 'problem summary', 'event summary', 'description', 'incident description', 'tl dr', 'tldr', 'abstract', 'incident overview', 'summary of impact', 'problem', 'problem statement', 'problem description', 'issue', 'issue description'],
  impact: ['impact', 'customer impact', 'user impact', 'business impact', 'impact assessment', 'service impact', 'incident impact', 'impact analysis', 'affected users', 'users affected', 'affected customers', 'customers affected', 'affected services', 'services affected', 'what was impacted', 'what was affected', 'who was impacted', 'who was affected', 'what is impacted', 'what is affected'],
  timeline: ['timeline', 'incident timeline', 'timeline of events', 'chronology', 'sequence of events', 'detailed timeline', 'event timeline', 'chain of events'],
  rootCause: ['root cause', 'blameless root cause', 'root causes', 'contributing factors', 'root cause and resolution', 'root cause analysis', 'cause', 'causes', 'rca', 'root cause and contributing factors', 'root causes and trigger', 'how did this happen', 'how did it happen', 'how it happened', 'why did this happen', 'why did it happen', 'why it happened', 'what caused it', 'what caused this'],
  trigger: ['trigger', 'triggers', 'triggering event', 'what triggered it', 'what triggered this'],
  detection: ['detection', 'how it was detected', 'how was it detected', 'how did we detect it', 'how did we notice', 'monitoring and detection'],
  resolution: ['resolution', 'solution', 'recovery', 'mitigation', 'resolution and recovery', 'mitigation and resolution', 'resolution and mitigation', 'remediation and recovery', 'fix', 'response', 'incident response', 'response and recovery', 'action taken', 'actions taken', 'steps taken', 'what we did', 'how we fixed it', 'how it was fixed', 'how it was resolved', 'how was it fixed', 'how was it resolved', 'how was the issue fixed', 'how was the issue resolved', 'how did we fix it', 'how did we fix this', 'how did we resolve it', 'how we resolved it', 'how did we recover', 'how did we respond', 'what did we do', 'recovery process', 'recovery steps', 'remediation actions taken', 'remediation taken', 'remediation steps taken', 'resolution steps', 'resolution steps taken', 'recovery steps taken', 'resolving the issue', 'resolving the incident'],
  actionItems: ['corrective and preventative measures', 'corrective and preventive measures', 'action items', 'actions items', 'follow ups', 'follow up', 'followups', 'follow up actions', 'follow up items', 'remediation', 'remediations', 'remediation plan', 'next steps', 'corrective actions', 'preventive actions', 'preventative actions', 'action plan', 'actions', 'agreed actions', 'todo', 'to do', 'prevention', 'preventive measures', 'preventative measures', 'preventive measures implemented', 'preventative measures implemented', 'review actions', 'recommendations', 'future measures', 'future work', 'improvements', 'future improvements', 'planned improvements', 'future mitigations', 'what were doing about it', 'what we are doing about it', 'what we will do', 'what were going to do', 'what we are going to do', 'what were changing', 'what we are changing', 'what could be done to avoid this in future', 'what could be done to avoid this in the future', 'what can be done to avoid this in future', 'what can be done to avoid this in the future', 'what are we doing about it', 'what are we doing about this', 'what will we do about it', 'what will we do to prevent it', 'what will we do to prevent this', 'what are we doing to prevent it', 'what are we doing to prevent this', 'how will we prevent it', 'how will we prevent this', 'what will we do differently'],
  lessonsLearned: ['lessons learned', 'lessons learnt', 'lessons', 'learnings', 'key learnings', 'takeaways', 'what we learned', 'what we learnt', 'what did we learn', 'what have we learned', 'what did we learn from it', 'what did we learn from this'],
  whatWentWell: ['what went well', 'things that went well', 'went well', 'what worked', 'what worked well'],
  whatWentWrong: ['what went wrong', 'what didnt go well', 'what did not go well', 'what went poorly', 'things that went wrong', 'went wrong', 'what could have gone better', 'what could be improved', 'what didnt go so well', 'what did not go so well', 'what didnt work', 'what did not work'],
  whereWeGotLucky: ['where we got lucky', 'where we were lucky', 'what was lucky', 'lucky'],
};

/**
 * The same in French, German, Spanish and Chinese (simplified and traditional), written as people write them: matching
 * drops accents, apostrophes and punctuation (`Resume`, `Plan d'action`, `Massnahmen` and `Linea de tiempo` match too).
 */
export const foreignSectionSynonyms: Record<StandardSectionId, readonly string[]> = {
  summary: [
    '概述', '摘要', '概要', '问题', '問題', '事故概述', '故障概述', '事件概述', '问题概述', '问题描述', '事故描述', '故障描述', '發生了什麼', '发生了什么', '事件概要', '事故概要',
    'résumé', 'synthèse', 'sommaire', 'résumé exécutif', 'résumé de l’incident', 'description de l’incident', 'vue d’ensemble', 'que s’est-il passé',
    'zusammenfassung', 'überblick', 'übersicht', 'kurzfassung', 'kurzbeschreibung', 'beschreibung', 'vorfallbeschreibung', 'was ist passiert',
    'resumen', 'resumen ejecutivo', 'resumen del incidente', 'descripción', 'descripción del incidente', 'descripción del problema', 'descripción general', 'qué pasó', 'qué ocurrió',
  ],
  impact: [
    '影响', '影響', '影响范围', '影響範圍', '故障影响', '事故影响', '业务影响', '用户影响', '影响评估',
    'impacts', 'incidence', 'impact utilisateur', 'impact client', 'impact métier', 'utilisateurs impactés', 'utilisateurs affectés', 'services impactés', 'services affectés',
    'auswirkungen', 'auswirkung', 'kundenauswirkung', 'betroffene dienste', 'betroffene systeme', 'betroffene nutzer', 'betroffene kunden',
    'impacto', 'impacto en usuarios', 'impacto en los usuarios', 'impacto en clientes', 'evaluación del impacto', 'análisis de impacto', 'usuarios afectados', 'servicios afectados',
  ],
  timeline: [
    '时间线', '時間線', '时间轴', '時間軸', '事件时间线', '故障时间线', '事故时间线', '处理过程', '處理過程', '事件经过', '故障经过', '时间线与处理过程',
    'chronologie', 'chronologie détaillée', 'chronologie des événements', 'déroulé', 'déroulement', 'déroulé des événements', 'frise chronologique', 'historique des événements',
    'zeitlinie', 'zeitleiste', 'zeitablauf', 'zeitverlauf', 'ablauf', 'verlauf', 'ereignisverlauf', 'ablauf der ereignisse', 'zeitstrahl',
    'cronología', 'cronología de eventos', 'línea de tiempo', 'línea temporal', 'secuencia de eventos', 'secuencia de hechos',
  ],
  rootCause: [
    '根因', '根本原因', '根因分析', '原因分析', '原因', '故障原因', '事故原因', '根本原因分析',
    'cause racine', 'causes racines', 'cause profonde', 'causes profondes', 'analyse des causes', 'analyse de la cause racine', 'analyse des causes racines', 'facteurs contributifs', 'facteurs contributeurs',
    'ursache', 'ursachen', 'grundursache', 'grundursachen', 'hauptursache', 'fehlerursache', 'ursachenanalyse', 'beitragende faktoren',
    'causa raíz', 'causas raíz', 'causa principal', 'causa', 'causas', 'análisis de causa raíz', 'análisis de la causa raíz', 'análisis causal', 'factores contribuyentes',
  ],
  trigger: ['déclencheur', 'élément déclencheur', 'événement déclencheur', 'auslöser', 'desencadenante', 'detonante', '触发', '觸發', '触发条件'],
  detection: ['détection', 'erkennung', 'entdeckung', 'detección', '发现', '發現', '故障发现', '检测', '檢測'],
  resolution: [
    '修复', '修復', '解决方案', '解決方案', '处理', '处置', '恢复', '恢復', '修复过程', '解决过程', '缓解措施', '止损',
    'résolution', 'rétablissement', 'atténuation', 'correctif', 'correctif appliqué', 'actions menées', 'actions réalisées', 'actions entreprises', 'actions prises', 'résolution et rétablissement',
    'behebung', 'lösung', 'fehlerbehebung', 'wiederherstellung', 'entstörung', 'sofortmaßnahmen', 'ergriffene maßnahmen', 'welche schritte wurden unternommen',
    'resolución', 'solución', 'mitigación', 'recuperación', 'resolución y recuperación', 'soluciones aplicadas', 'acciones tomadas', 'acciones realizadas',
  ],
  actionItems: [
    '改进措施', '改進措施', '后续改进', '後續改進', '后续行动', '行动项', '行動項', '待办事项', '预防', '預防', '预防措施', '預防措施', '整改措施', '后续计划', '改进项',
    'actions correctives', 'actions préventives', 'actions correctives et préventives', 'plan d’action', 'plan d’actions', 'mesures correctives', 'mesures préventives', 'éléments d’action',
    'points d’action', 'prochaines étapes', 'actions de suivi', 'suivi', 'actions à mener', 'actions à prendre', 'recommandations', 'améliorations',
    'maßnahmen', 'folgemaßnahmen', 'korrekturmaßnahmen', 'präventionsmaßnahmen', 'vorbeugende maßnahmen', 'nächste schritte', 'aufgaben', 'verbesserungen', 'empfehlungen',
    'acciones correctivas', 'acciones preventivas', 'acciones correctivas y preventivas', 'plan de acción', 'acciones', 'próximos pasos', 'acciones de seguimiento', 'seguimiento',
    'acciones futuras', 'acciones futuras recomendadas', 'acciones recomendadas', 'mejoras', 'recomendaciones',
  ],
  lessonsLearned: [
    '经验教训', '經驗教訓', '复盘总结', '教训',
    'leçons apprises', 'leçons tirées', 'enseignements', 'retour d’expérience', 'ce que nous avons appris',
    'erkenntnisse', 'gelernte lektionen', 'was wir gelernt haben', 'was lernen wir daraus',
    'lecciones aprendidas', 'aprendizajes', 'lo que aprendimos',
  ],
  whatWentWell: [
    'ce qui a bien fonctionné', 'ce qui a fonctionné', 'ce qui s’est bien passé', 'points positifs',
    'was gut lief', 'was lief gut', 'was gut funktioniert hat',
    'lo que salió bien', 'qué salió bien', 'qué funcionó bien', 'lo que funcionó',
  ],
  whatWentWrong: [
    'ce qui n’a pas fonctionné', 'ce qui a mal fonctionné', 'ce qui s’est mal passé', 'ce qui peut être amélioré',
    'was schlecht lief', 'was lief schlecht', 'was nicht gut lief', 'was verbessert werden kann',
    'lo que salió mal', 'qué salió mal', 'qué no funcionó', 'lo que no funcionó',
  ],
  whereWeGotLucky: ['où nous avons eu de la chance', 'facteurs de chance', 'wo wir glück hatten', 'donde tuvimos suerte'],
};

const synonymIndex = new Map<string, StandardSectionId>();
for (const table of [sectionSynonyms, foreignSectionSynonyms]) {
  for (const [id, names] of Object.entries(table) as [StandardSectionId, readonly string[]][]) {
    for (const name of names) for (const key of labelKeys(name)) synonymIndex.set(key, id);
  }
}

const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+/i;
const PARENTHETICAL = /\s*[([（][^)\]）]*[)\]）]\s*/g;
const SEPARATOR = /\s+[-–—|]\s+|:\s+/;
/** The text of each parenthetical (also in full-width parentheses, as Japanese and Chinese titles write them). */
const PARENTHESISED = /[([（]([^)\]）]*)[)\]）]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
/** The first opening parenthesis or bracket. */
const OPENING = /[([（]/;

/** The parts of a retrospective: each is a lessons-learned section of its own, or a part of one. */
export const LESSON_PARTS: readonly StandardSectionId[] = ['whatWentWell', 'whatWentWrong', 'whereWeGotLucky'];

/**
 * The standard section a heading title names, if any: case- and punctuation-insensitive, ignoring leading numbering
 * (`3. Timeline`), parentheticals (`Timeline (UTC)`) and what follows one (`Timeline (all times PST) 07/27 - 07/31`), trailing colons, text after a dash (`Timeline - all times UTC`),
 * empty HTML anchors and `[#](url)` permalinks (GitBook exports), a leading "The"/"Our", and a qualifier naming the incident or those it hit (`Root cause of the outage`, `Impact on users`).
 */
export function matchStandardSection(title: string): StandardSectionId | undefined {
  return sectionMatches(title);
}

/** Bound of the caches of matched titles and labels: distinct texts of a few large documents. */
export const MAX_CACHED = 5000;
// Documents repeat labels (every `Owner:` line, a label on each row): each distinct text is matched once.
const sectionMatches = memoized(matchUncached, MAX_CACHED);

/** An empty HTML anchor (`<a href="#impact" id="impact"></a>`, `<a name="x"/>`): GitBook and wiki exports add one. */
const EMPTY_ANCHOR = /<a\s[^<>]*?(?:\/>|>\s*<\/a>)/gi;
/** A permalink before the title, its text only a mark (`[#](https://docs.example.org/page#impact)`, `[¶](#impact)`). */
const PERMALINK = /^\s*\[(?:#|¶|§|🔗)?\]\([^()\s]*\)\s*/u;

/** The title without the anchors and permalinks exports wrap it in, or the title itself when it has none. */
function withoutAnchors(title: string): string {
  if (!title.includes('<a') && !title.includes('<A') && !title.includes('](')) return title;
  return title.replace(EMPTY_ANCHOR, ' ').replace(PERMALINK, '').trim();
}

function matchUncached(written: string): StandardSectionId | undefined {
  const title = withoutAnchors(written);
  const quick = synonymIndex.get(normalizeLabel(title));
  if (quick) return quick;
  // Each later reading is tried only when the title has what it removes.
  const plain = stripMarkup(title).replace(NUMBERING, '');
  if (plain !== title) {
    const direct = synonymIndex.get(normalizeLabel(plain));
    if (direct) return direct;
  }
  let bare = plain;
  if (plain.includes('(') || plain.includes('[') || plain.includes('（')) {
    bare = plain.replace(PARENTHETICAL, ' ');
    const withoutParens = synonymIndex.get(normalizeLabel(bare));
    if (withoutParens) return withoutParens;
    // A synonym, then the zone in parentheses, then more about the times: "Timeline (all times PST) 07/27/2023 -
    // 07/31/2023. All times approximations"
    const open = plain.search(OPENING);
    if (open > 0) {
      const lead = synonymIndex.get(normalizeLabel(plain.slice(0, open)));
      if (lead) return lead;
    }
    // A title in another script with its English name in parentheses ("근본 원인 (Root Cause)"): the name, when
    // nothing outside the parentheses is a Latin letter (so "Impact (root cause TBD)" stays an Impact heading)
    if (!LATIN.test(bare)) {
      for (const m of plain.matchAll(PARENTHESISED)) {
        const named = synonymIndex.get(normalizeLabel(m[1]));
        if (named) return named;
      }
    }
  }
  const head = bare.split(SEPARATOR, 1)[0];
  const headMatch = head === bare ? undefined : synonymIndex.get(normalizeLabel(head));
  return headMatch ?? qualifiedMatch(normalizeLabel(head));
}

/** Titles longer than this (normalised) are not read for a qualifier. */
const MAX_QUALIFIED = 120;
/** A leading article: "The root cause", "Our response". */
const ARTICLE = /^(?:the|our) /;
/** A question that asks for a section by its name: "What was the impact?", "What was the timeline of the incident?". */
const ASKED = /^what (?:was|is|were|are) (?:the |our )?/;
/** What a question about prevention may end with: "What will we do to prevent it from happening again?". */
const AGAIN = / from happening again$/;
/**
 * A qualifier that names the incident or those it hit, after a synonym: "Root cause of the outage", "Impact on users",
 * "Summary of the crates io incident". The last word must name the incident or its victims, so "Summary of changes" and
 * "Impact of the new cache design" stay unmatched.
 */
const QUALIFIER = new RegExp(
  '^(.+?) (?:of|on|for|to|in|during|behind) (?:(?:the|this|that|our|its|these) )?(?:[a-z0-9]+ ){0,2}' +
  '(?:outages?|incidents?|issues?|problems?|failures?|events?|downtime|disruptions?|breach|attacks?|bugs?|regressions?|' +
  'degradation|users?|customers?|clients?|services?|systems?|site|website)$',
);

/**
 * The same qualifier in French, German and Spanish, as normalised (accents and apostrophes dropped): "Chronologie de
 * l'incident", "Ursache der Störung", "Auswirkungen auf die Nutzer", "Línea de tiempo del incidente". The incident or
 * those it hit follow the preposition directly.
 */
const FOREIGN_QUALIFIER = new RegExp(
  '^(.+?) (?:de la |de l|du |des |del |de |der |dem |zum |zur |en (?:el |la |los |las )?|sur (?:les |la |le |l)?|auf (?:die |den |das )?|fur (?:die |den )?)' +
  '(?:pannes?|incidents?|incidentes?|incidencias?|interruptions?|interrupcion|caida|storung(?:en)?|ausfall(?:s|es)?|vorfall(?:s|es)?|' +
  'utilisateurs|clients|usuarios|clientes|nutzer|kunden|services?|servicios?|dienste?s?|systeme|sistemas?)$',
);

/** A number after a synonym, as normalised: "Root cause #1", "Root cause 2: expired certificate", "Root cause no. 3". */
const ORDINAL = / (?:no |number )?\d{1,2}$/;

/**
 * The section a normalised title names once a leading article, a number after the synonym ("Root cause #1") or a
 * qualifier naming the incident is left out.
 */
function qualifiedMatch(normal: string): StandardSectionId | undefined {
  if (normal.length > MAX_QUALIFIED) return undefined;
  const last = normal.charCodeAt(normal.length - 1);
  if (last >= 48 && last <= 57) {
    const numbered = synonymIndex.get(normal.replace(ORDINAL, '').replace(ARTICLE, ''));
    if (numbered) return numbered;
  }
  const noArticle = normal.replace(ARTICLE, '').replace(ASKED, '').replace(AGAIN, '');
  if (noArticle !== normal) {
    const found = synonymIndex.get(noArticle);
    if (found) return found;
  }
  const qualified = QUALIFIER.exec(noArticle);
  const found = qualified ? synonymIndex.get(qualified[1]) : undefined;
  if (found) return found;
  const foreign = FOREIGN_QUALIFIER.exec(noArticle);
  return foreign ? synonymIndex.get(foreign[1]) : undefined;
}
