import { defineMessages } from '../shared/localize.js';

export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** `a`, `a en b`, `a, b en c` (numbers with a decimal comma inside the parts stay whole). */
export const listed = (parts: readonly string[], and: string) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1) ?? ''}`;

/** Interface text of vk-quick-scan. Corpus text and the statements stay Dutch (lang="nl"). */
const nl = {
    title: 'Zelfscan vakmanschap',
    groupTitle: 'Zelfscan vakmanschap: groepsweergave',
    loading: 'De zelfscan wordt geladen…',
    loadFailed: 'De zelfscan kon niet worden geladen. Probeer het later opnieuw.',
    intro:
      'Vijf minuten, zonder account: hoe vaak doe jij wat de publicatie per waarde aanraadt? Aan het eind zie je waar je sterk bent, waar je kunt groeien, wat je kunt doen en waar je het kunt leren.',
    introQuoteLead: 'De publicatie biedt haar waarden ambtsdragers onder meer aan om',
    privacy: 'Je antwoorden gaan niet over het internet: ze blijven in deze browser.',
    stepOf: (n: number, total: number) => `Stap ${n} van ${total}`,
    progress: 'Voortgang',
    next: 'Volgende',
    back: 'Vorige',
    toResult: 'Naar je resultaat',
    skipValues: 'Sla deze stap over',
    // Office
    roleHeading: 'Welk ambt heb je?',
    roleHint: 'De uitspraken gaan over de vier waarden die de publicatie voor jouw ambt het belangrijkst vindt.',
    roleMissing: 'Kies je ambt.',
    unknownOfficeMore: 'De zelfscan vraagt hieronder naar je ambt.',
    unknownMode: (x: string) => `Onbekende modus "${x}"; gebruik "self" of "group". De zelfscan wordt getoond.`,
    // Values
    valuesHeading: 'Welke vier waarden vind jij het belangrijkst?',
    valuesOptional:
      'Deze stap mag je overslaan. Aan het eind leggen we jouw keuze naast de prioriteiten die de publicatie voor jouw ambt noemt.',
    valuesLegend: 'Kies hoogstens vier van de negenendertig waarden',
    statenHeading: 'Kies vier waarden om te scannen',
    statenNote:
      'De publicatie noemt geen vier prioriteiten voor Statenleden: die stonden in een figuur die niet in de tekst staat. Kies daarom zelf vier waarden. De uitspraken zijn bewerkt uit de handelingsperspectieven die de publicatie bij die waarden aan andere ambten geeft.',
    statenLegend: (n: number) => `Kies vier van de ${n} waarden waarvoor de publicatie handelingsperspectieven geeft`,
    chosenCount: (n: number) => `${n} van 4 gekozen`,
    tooMany: (n: number) => `Je hebt ${n} waarden gekozen; kies er hoogstens vier.`,
    needFour: (n: number) => `Kies precies vier waarden (nu ${n}).`,
    unplaced: 'Cluster niet vermeld in de tekst',
    // Statements
    instructions: 'Hoe vaak doe je dit? Kies bij elke uitspraak een antwoord, of "niet van toepassing".',
    priorityOf: (plural: string) => `Een prioriteit voor ${plural} volgens de publicatie.`,
    ownChoice: 'Een waarde die je zelf koos.',
    levelIntro: (focus: string) => `Leerniveau uit het paper over lokale bestuurderskracht: ${focus}.`,
    itemRange: (from: number, to: number, total: number) => `Uitspraak ${from}–${to} van ${total}`,
    scale: ['Nooit', 'Zelden', 'Soms', 'Vaak', 'Altijd'] as readonly string[],
    notApplicable: 'Niet van toepassing',
    itemMissing: 'Kies een antwoord bij deze uitspraak.',
    errorSummary: (n: number) => (n === 1 ? 'Er ontbreekt nog 1 antwoord' : `Er ontbreken nog ${n} antwoorden`),
    errorSummaryValues: 'Je keuze van waarden klopt nog niet',
    errorSummaryRole: 'Je ambt ontbreekt nog',
    itemLabel: (i: number) => `Uitspraak ${i}`,
    // Storage
    storageLegend: 'Je antwoorden',
    saveLabel: 'Bewaar mijn antwoorden op dit apparaat',
    saveHint:
      'Alleen in deze browser, tot je ze wist. Zonder vinkje verdwijnen je antwoorden zodra je de pagina sluit.',
    saveOff: 'Bewaren staat op deze site uit; je antwoorden blijven alleen in dit venster.',
    saveUnavailable:
      'Bewaren is in deze browser niet mogelijk, dus het staat uit. De scan werkt gewoon; je antwoorden blijven alleen in dit venster.',
    saveFull: 'Bewaren is mislukt: de opslag van deze browser is vol. Bewaren staat uit; de scan werkt gewoon.',
    saved: 'Je antwoorden worden op dit apparaat bewaard.',
    unsaved: 'Je antwoorden worden niet meer bewaard en zijn van dit apparaat verwijderd.',
    erase: 'Wis mijn antwoorden',
    erased: 'Je antwoorden zijn gewist.',
    restored: (date: string) => `Je bewaarde antwoorden zijn teruggezet${date ? ` (bewaard op ${date})` : ''}.`,
    migrated: (from: number, kept: number, dropped: number) =>
      `Je bewaarde antwoorden hoorden bij een andere versie van de scan (versie ${from}). ${kept} ${plural(kept, 'antwoord is', 'antwoorden zijn')} overgenomen${dropped ? `; ${dropped} ${plural(dropped, 'hoorde', 'hoorden')} bij uitspraken die er niet meer zijn` : ''}. Beantwoord de nieuwe uitspraken.`,
    discarded:
      'Je bewaarde antwoorden konden niet worden gelezen of horen bij een versie van de scan die niet meer bestaat. Ze zijn verwijderd; je begint opnieuw.',
    otherWindowTaken: 'Je antwoorden uit een ander venster zijn hier overgenomen.',
    otherWindowStopped:
      'Je antwoorden zijn in een ander venster gewist of worden daar niet meer bewaard. Hier worden ze ook niet meer bewaard; ze blijven alleen in dit venster.',
    // Result
    resultHeading: 'Je resultaat',
    resultMeta: (role: string, items: number, nvt: number) =>
      `${role} · ${items} uitspraken${nvt ? `, waarvan ${nvt} niet van toepassing` : ''}`,
    strongest: 'Je sterkste waarde',
    strongestTied: 'Je sterkste waarden',
    and: 'en',
    noDifference: 'Geen duidelijk verschil tussen',
    even: (n: number) =>
      `Je scores liggen zo dicht bij elkaar dat geen waarde eruit springt: er is geen sterkste waarde. Hieronder staat advies bij ${n === 1 ? 'de waarde' : `alle ${n} waarden`} onder de 5.`,
    evenAllFive: 'Je antwoordde bij alle waarden "altijd": geen waarde springt eruit om aan te werken.',
    tieRule: (n: number, margin: string) =>
      `Scores die hooguit één antwoordstap op één van de ${n} uitspraken van een waarde verschillen (${margin} punt), noemen we geen duidelijk verschil.`,
    tieRuleMixed: (steps: readonly (readonly [number, string])[]) =>
      `Scores die hooguit één antwoordstap op één uitspraak verschillen, noemen we geen duidelijk verschil: ${listed(
        steps.map(([n, margin], i) => (i === 0 ? `${margin} punt bij ${n} uitspraken` : `${margin} bij ${n}`)),
        'en',
      )} (het kleinste aantal van de twee waarden telt).`,
    growth: 'Meeste ruimte om te groeien',
    noScores: 'Je koos bij alle waarden "niet van toepassing"; er is dus geen score per waarde.',
    noGrowth: 'Bij de andere waarden antwoordde je steeds "altijd": geen waarde springt eruit om aan te werken.',
    chartLabel:
      'Staafdiagram van je scores op een schaal van 1 (nooit) tot 5 (altijd). Dezelfde cijfers staan in de tabel eronder.',
    tableCaption:
      'Je scores per waarde en per leerniveau (1 = nooit, 5 = altijd). "Telt mee": uitspraken met een antwoord op de schaal; "niet van toepassing" telt niet mee.',
    colPart: 'Onderdeel',
    colScore: 'Score (1–5)',
    colCounted: 'Telt mee',
    counted: (answered: number, items: number) => `${answered} van ${items}`,
    valuesGroup: 'Waarden',
    levelsGroup: 'Leerniveaus',
    noScore: 'geen score',
    howHeading: 'Hoe komt deze score tot stand?',
    how: [
      'Elk antwoord telt als een getal: nooit = 1, zelden = 2, soms = 3, vaak = 4, altijd = 5.',
      'De score van een waarde of leerniveau is het gemiddelde van de antwoorden op de uitspraken daarover. "Niet van toepassing" telt niet mee; zijn alle uitspraken niet van toepassing, dan is er geen score.',
      'Je sterkste waarde heeft de hoogste score. De twee waarden met de meeste ruimte om te groeien hebben de laagste scores van de andere waarden (lager dan 5). Verschillen twee scores hooguit één antwoordstap op één uitspraak (1 gedeeld door het aantal uitspraken dat meetelt), dan is er geen duidelijk verschil: de scan noemt dan alle waarden die gelijk op liggen en geeft bij elk advies, in plaats van er één te kiezen.',
      'De score zegt hoe vaak je naar eigen zeggen doet wat de publicatie aanraadt. Het is geen toets en geen oordeel over je als persoon.',
    ] as readonly string[],
    workOn: 'Werken aan',
    strongPoint: 'Sterk punt:',
    aboutValue: 'Meer over de waarde',
    closeValue: 'Sluiten, terug naar je resultaat',
    noDescription: 'De publicatie geeft geen eigen omschrijving van deze waarde.',
    yourActions: (plural: string) => `Wat je kunt doen (handelingsperspectieven voor ${plural})`,
    statenActions: 'Handelingsperspectieven van andere ambten waarop je uitspraken zijn gebaseerd',
    associationActions: 'Wat je beroepsvereniging kan doen',
    associationNote: 'De publicatie noemt dit voor alle vier de prioriteiten samen.',
    noAssociationActions: 'De publicatie geeft voor Statenleden en Statenlidnu bewust geen handelingsperspectieven.',
    offersHeading: 'Passend aanbod',
    noOffers: 'De bronnen noemen geen aanbod voor jouw ambt bij deze waarde.',
    moreOffers: (n: number) => `Meer aanbod (${n})`,
    offerBy: 'door',
    finderLink: 'Bekijk passend aanbod',
    levelsHeading: 'Leerniveaus',
    levelNeeds: (name: string) => `Wat het paper noemt voor ${name}`,
    reflectionHeading: 'Jouw top vier en de prioriteiten voor jouw ambt',
    both: 'Bij jou én in de publicatie',
    onlyYours: 'Alleen in jouw top vier',
    onlyPublication: 'Alleen in de publicatie',
    none: 'geen',
    noOwn: 'Je hebt geen eigen top vier gekozen.',
    chooseOwn: 'Kies je top vier',
    statenReflection:
      'De publicatie noemt geen prioriteiten voor Statenleden; je scande de vier waarden die jij koos. Bespreek je keuze eens met collega-Statenleden.',
    yourAnswers: 'Je antwoorden per uitspraak',
    exportHeading: 'Bewaren en delen',
    print: 'Afdrukken',
    downloadJson: 'Download als JSON',
    downloadCsv: 'Download als CSV',
    copyCode: 'Kopieer resultaatcode',
    codeLabel: 'Je resultaatcode',
    codeHint:
      'De code bevat alleen je antwoorden: geen naam en geen vrije tekst. Geef hem bij een groepssessie aan de begeleider.',
    copied: 'De resultaatcode is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.',
    restart: 'Opnieuw beginnen',
    backToItems: 'Terug naar de uitspraken',
    // Plan
    planOpen: 'Maak je persoonlijk ontwikkelplan',
    planHeading: 'Je persoonlijk ontwikkelplan',
    planIntro:
      'Kies één tot drie acties uit de publicatie of het aanbod en schrijf er een notitie bij: met wie, wanneer, wat je wilt bereiken. Druk het plan af of bewaar het als pdf (kies in het afdrukvenster "Opslaan als pdf"), of download het als tekst. Alles blijft in je browser.',
    planPick: 'Kies één tot drie acties',
    planFor: 'Bij',
    planOffer: 'Aanbod',
    planMax: 'Je kunt hooguit drie acties kiezen. Haal er eerst een weg.',
    planNone: 'Kies minstens één actie.',
    planChosen: (n: number) => `${n} van 3 gekozen`,
    planNoteLabel: 'Je notitie',
    planNoteHint: 'Alleen voor jezelf: de notitie staat in je plan en wordt nergens heen gestuurd.',
    planPrint: 'Afdrukken of opslaan als pdf',
    planDownload: 'Download als tekst (Markdown)',
    planBack: 'Terug naar je resultaat',
    planPreview: 'Zo ziet je plan eruit',
    sheetTitle: (role: string) => `Persoonlijk ontwikkelplan — ${role}`,
    sheetMade: (date: string) => `Gemaakt op ${date} met de zelfscan Vakmanschap.`,
    sheetActions: 'Waar ik aan werk',
    sheetNote: 'Mijn notitie',
    sheetNoNote: 'Geen notitie.',
    sheetEmpty: 'Nog geen actie gekozen.',
    sheetCode: 'Resultaatcode (om later te vergelijken)',
    planFile: 'ontwikkelplan',
    // Compare
    compareCode: 'Vergelijk met dit resultaat',
    compareHint:
      'Plak de code van een eerdere scan om te zien wat er sindsdien veranderde, of open dat resultaat. Er wordt niets verstuurd.',
    compareHeading: (date: string) => (date ? `Vergeleken met je resultaat van ${date}` : 'Vergeleken met een eerder resultaat'),
    compareSince: (delta: string, date: string) => `${delta} sinds ${date || 'het eerdere resultaat'}`,
    compareSmall: 'geen duidelijk verschil',
    compareNone: 'niet te vergelijken (geen score in een van beide)',
    compareWas: (score: string) => `eerder ${score}`,
    compareNote:
      'Een verandering van hooguit één antwoordstap op één uitspraak noemen we geen duidelijk verschil. In de grafiek staat je eerdere score als streep.',
    compareStop: 'Stop met vergelijken',
    compared: 'De vergelijking staat onder je scores.',
    // Reopen and share
    codeEntrySummary: 'Heb je een resultaatcode?',
    codeEntryLabel: 'Resultaatcode',
    codeEntryHint:
      'Plak de code van een eerdere scan (hij begint met QS). Je ziet dan dat resultaat, alleen om te lezen; er wordt niets verstuurd.',
    openCode: 'Open dit resultaat',
    codeEmpty: 'Vul eerst een resultaatcode in.',
    copyLink: 'Kopieer link naar dit resultaat',
    linkHint:
      'De code staat in de link achter het #-teken. Dat deel van een adres stuurt een browser nooit naar een server: alleen wie de link krijgt, kan het resultaat zien.',
    linkCopied: 'De link naar dit resultaat is gekopieerd.',
    linkCopyFailed: 'Kopiëren lukte niet. Kopieer de link hieronder zelf.',
    linkLabel: 'Link naar dit resultaat',
    openedNotice: (date: string) =>
      `Je bekijkt het resultaat van een resultaatcode${date ? ` van ${date}` : ''}. Het is alleen om te lezen. Wil je de scan zelf doen, kies dan "Opnieuw beginnen".`,
    oldVersion: (v: number, current: number, revised: string, day: string) =>
      `Deze code is gemaakt met een eerdere versie van de uitspraken (versie ${v}); deze scan gebruikt versie ${current}. ${revised ? `De uitspraken zijn op ${revised} herzien` : 'De uitspraken zijn sindsdien veranderd'}, dus de antwoorden in de code passen niet meer op de huidige uitspraken en worden niet gelezen${day ? `; je resultaat van ${day} is ook niet te vergelijken met een nieuw resultaat` : ''}. Doe de scan opnieuw om een nieuwe code te krijgen.`,
    invalidCode: (why: string) => `De resultaatcode kon niet worden geopend: ${why}.`,
    codeRoleMismatch: 'de code hoort bij een ander ambt dan deze scan',
    csvColumns: ['onderdeel', 'id', 'naam', 'score', 'uitspraak-id', 'uitspraak', 'antwoord'] as readonly string[],
    csvValue: 'waarde',
    csvLevel: 'leerniveau',
    fileName: 'zelfscan-vakmanschap',
    // Group
    groupHeading: 'Groepsweergave',
    groupIntro:
      'Voor een raad, college of lokale driehoek die samen leert. Verzamel de resultaatcodes van de deelnemers en plak ze hieronder. Je ziet alleen hoeveel deelnemers wat antwoordden, nooit de antwoorden van één persoon, en pas vanaf drie codes.',
    codesLabel: 'Resultaatcodes van de deelnemers',
    codesHint: 'Eén code per regel. Je kunt ook tekst- of JSON-bestanden met codes hierheen slepen of kiezen.',
    chooseFiles: 'Kies bestanden',
    showSpread: 'Toon de spreiding',
    readSummary: (total: number, valid: number, skipped: number) =>
      `${total} ${plural(total, 'code', 'codes')} gelezen: ${valid} geldig, ${skipped} overgeslagen.`,
    skippedHeading: 'Overgeslagen codes',
    entry: (line: number, text: string) => `Regel ${line} (${text})`,
    reasons: {
      format: 'dit is geen resultaatcode',
      checksum: 'de code is niet compleet of bevat een tikfout',
      version: (v: number, current: number) =>
        `gemaakt met versie ${v} van de uitspraken; deze scan gebruikt versie ${current}`,
      role: 'onbekend ambt',
      values: 'de gekozen waarden kloppen niet',
      answers: (expected: number, found: number) => `${found} antwoorden in plaats van ${expected}`,
    },
    sameAs: (line: number, first: number) =>
      `Regel ${line} is dezelfde code als regel ${first}. Hij telt mee: twee deelnemers kunnen hetzelfde antwoorden. Is hij dubbel geplakt, haal hem dan weg.`,
    tooFew: (n: number) =>
      `Er zijn minstens drie geldige codes nodig om de spreiding te tonen, zodat niemands antwoorden herkenbaar zijn (nu ${n}).`,
    spreadCaption: 'Spreiding per waarde en leerniveau: hoe vaak elk antwoord werd gegeven',
    spreadChartLabel:
      'Gestapelde staven: per waarde en leerniveau hoe vaak elk antwoord werd gegeven. Dezelfde aantallen staan in de tabel eronder.',
    colMembers: 'Deelnemers',
    colMean: 'Gemiddelde (1–5)',
    hiddenLine: 'minder dan drie deelnemers: niet getoond',
    perItem: 'Spreiding per uitspraak',
    topFourHeading: 'Waarden die deelnemers zelf het belangrijkst vinden',
    topFourCount: (n: number) => `${n} ${plural(n, 'keer', 'keer')} gekozen`,
    topFourTooFew: 'Minder dan drie deelnemers kozen een eigen top vier; die keuzes worden niet getoond.',
    groupMembers: (n: number) => `${n} deelnemers`,
  };

/** The shape of this catalogue; its English (`./quick-scan.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const messages = defineMessages(
  nl,
  () => import('./quick-scan.messages.en.js'),
);

export type QuickScanMessages = (typeof messages)['nl'];
