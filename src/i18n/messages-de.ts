import type { Messages } from './messages';

export const DE: Messages = {
  answer: {
    noun: { figure: 'Thema', source: 'Quelle', search: 'Textstelle', article: 'Artikel' },
    subject: { figure: 'Zahlen', source: 'Quellen', search: 'Textstellen', article: 'Artikel' },
    suggestionLead: {
      figure: 'Ähnlichste bekannte Themen',
      source: 'Ähnlichste bekannte Namen',
      search: 'Ähnlichste Wörter',
      article: 'Ähnlichste Artikel-IDs',
    },
    nothingYetFor: (matched) => `Noch nichts im Korpus zu ${matched}`,
    nothingFound: (query) => `Nichts gefunden für ${query}`,
    noneNamed: (noun, query) => `Kein Eintrag (${noun}) namens ${query}`,
    articleClosest: (title, query) => `${title} — beste Näherung für ${query}`,
    subjectFor: (subject, query) => `${subject} zu ${query}`,
    closestMatch: (subjectFor, matched) => `${subjectFor} — beste Näherung ${matched}`,
    matched: (subjectFor, matched) => `${subjectFor} — gefunden: ${matched}`,
    suggestions: (lead, names) => `${lead} (Vorschläge, keine Treffer): ${names}`,
    tryFewerWords: 'Versuchen Sie weniger oder andere Wörter.',
    nothingClose: 'Auch nichts Ähnliches ist bekannt.',
    noExactMatch: (query, matched) => `Kein genauer Treffer für ${query}; gezeigt wird das Ähnlichste: ${matched}`,
    knownButEmpty: (matched) => `${matched} ist bekannt, aber der Korpus enthält dazu noch nichts.`,
    showing: (shown, total) => `${shown} von ${total} gezeigt.`,
    unknownOutlet: 'Medium unbekannt',
    undated: 'ohne Datum',
    increment: '(zusätzlich zu einer früheren Gesamtzahl)',
    incrementShort: '(zusätzlich)',
    noSourceNamed: 'keine Quelle genannt',
    readAs: (span) => `als „${span}“`,
    toldVia: (via) => `gegenüber ${via}`,
    sourceLine: (credit) => `Quelle: ${credit}`,
    articleLink: 'Artikel',
    headline: 'Überschrift',
    standfirst: 'Vorspann',
    spreadLead: 'Spanne',
    moreFigures: (count) => `…und ${count} weitere, jede auf den nächsten Seiten belegt`,
    sentencesFollow: 'Den Satz zu jeder Zahl zitieren die nächsten Seiten (Weiter).',
    latestLead: (n, sources, total) =>
      `Die neueste Zahl jeder Quelle, neueste zuerst (${sources} ${n === 1 ? 'Quelle' : 'Quellen'}, ` +
      `${total} Zahlen insgesamt):`,
    olderFollow: (n, count) =>
      `${count} ${n === 1 ? 'ältere Zahl' : 'ältere Zahlen'} derselben Quellen folgen nach den neuesten.`,
    readFrom: (text) => `gelesen aus „${text}“`,
    spread: (range, backing, count) => {
      const n = backing.unattributed;
      const unattributed = `${count(n)} ${n === 1 ? 'Angabe' : 'Angaben'} ohne Quelle`;
      if (backing.sources === 0) return `${range} (${unattributed})`;
      const named = `${range} laut ${count(backing.sources)} ${backing.sources === 1 ? 'Quelle' : 'Quellen'}`;
      return n > 0 ? `${named}, dazu ${unattributed}` : named;
    },
  },
  page: (page, pages) => `Seite ${page}/${pages}`,
  paging: { previous: 'Zurück', next: 'Weiter' },
  export: {
    csvButton: 'CSV',
    markdownButton: 'Markdown',
    columns: {
      value: 'Wert',
      upper: 'Wert bis',
      unit: 'Einheit',
      measure: 'misst oder zählt',
      qualifier: 'Einschränkung',
      source: 'Quelle',
      via: 'gegenüber',
      wordsRead: 'gelesene Wörter',
      sentence: 'Satz',
      title: 'Artikeltitel',
      outlet: 'Medium',
      published: 'Datum',
      url: 'URL',
      paragraph: 'Absatz',
      articleId: 'Artikel-ID',
    },
    sent: (format, n, rows, headline) => `${format}: ${rows} ${n === 1 ? 'Zeile' : 'Zeilen'}, ${headline}`,
    cut: (shown, total) =>
      `Die ersten ${shown} von ${total} Zeilen: mehr ergäbe eine größere Datei, als Discord annimmt.`,
    exportedFrom: 'Exportiert aus Factdesk. Die Sätze sind wörtlich aus den Artikeln zitiert.',
  },
  chart: {
    fieldName: 'Diagramm',
    date: 'Erscheinungsdatum',
    value: (unit) => (unit === '' ? 'Wert' : `Wert (${unit})`),
    source: 'Quelle',
    describe: (c, count) => {
      const named = `${count(c.sources)} ${c.sources === 1 ? 'Quelle' : 'Quellen'}`;
      const unnamed = `${count(c.unattributed)} ${c.unattributed === 1 ? 'Angabe' : 'Angaben'} ohne Quelle`;
      const who = c.sources === 0 ? unnamed : c.unattributed > 0 ? `${named}, dazu ${unnamed}` : named;
      const axis = c.byDate
        ? `nach Erscheinungsdatum${c.first && c.last ? ` (${c.first} bis ${c.last})` : ''}`
        : 'nach Wert (nicht jeder Artikel ist datiert)';
      return `Diagramm mit ${count(c.figures)} Zahlen (${who}), ${axis}; schattiert: die Spanne ${c.spread}.`;
    },
  },
  suggestion: {
    kind: {
      agency: 'Agentur',
      media: 'Medium',
      government: 'Regierung/Behörde',
      intelligence: 'Geheimdienst',
      military: 'Militär',
      organization: 'Organisation',
      person: 'Person',
    },
    count: (n, count, of) =>
      `${count} ${of === 'figures' ? (n === 1 ? 'Zahl' : 'Zahlen') : n === 1 ? 'Zitat' : 'Zitate'}`,
  },
  help: {
    title: 'Factdesk-Befehle',
    description: 'Jede Antwort besteht aus wörtlichen Sätzen aus den Artikeln des Desks, jeweils mit Quellenangabe.',
    consoleIntro: 'Factdesk antwortet mit wörtlichen, belegten Sätzen aus dem Korpus des Desks.',
    example: (example) => `Beispiel: \`${example}\``,
    exampleShort: (example) => `z. B. ${example}`,
    commands: {
      figure: 'Jede Zahl, die der Korpus zu einem Thema nennt, wer sie nannte und wo sie steht.',
      source: 'Was der Korpus eine Quelle sagen lässt, jeweils mit Beleg.',
      search: 'Volltextsuche im Korpus, tippfehlertolerant, beste Textstellen zuerst.',
      article: 'Titel, Medium und Datum eines Artikels und die erste Zeile jedes Absatzes.',
      help: 'Diese Liste.',
      'digest-preview': 'Der nächste Überblick für diesen Kanal, nur für Sie sichtbar.',
      'digest-now': 'Sendet den Überblick jetzt in die Überblick-Kanäle.',
      reload: 'Liest den Datenordner neu ein und nimmt den neuen Korpus in Betrieb; antwortet mit den Änderungen.',
    },
    moderatorsOnly: '(nur Moderatoren)',
  },
  slash: {
    reload: 'Datenordner neu einlesen und den neuen Korpus in Betrieb nehmen (Moderatoren).',
    digest: 'Der geplante Überblick: Vorschau ansehen oder jetzt senden (Moderatoren).',
    digestPreview: 'Den nächsten Überblick für diesen Kanal zeigen, nur für Sie.',
    digestNow: 'Den Überblick jetzt in die Überblick-Kanäle senden (Moderatoren).',
    ingest: 'Einen Artikel von einem Link holen und ins Archiv aufnehmen (Moderatoren).',
    addToArchive: 'Zum Archiv hinzufügen',
    options: {
      topic: 'Was die Zahlen zählen, z. B. Soldaten, Truppen, Verluste',
      name: 'Agentur, Medium, Behörde oder Person, z. B. KCNA',
      query: 'Wörter, die in den Artikeln gesucht werden (Tippfehler werden toleriert)',
      id: 'Artikel-ID (aus der Liste wählen, um Titel zu sehen)',
      url: 'Link zum Artikel (http oder https)',
    },
  },
  console: {
    errorLead: 'Fehler',
    typeACommand: 'Geben Sie einen Befehl ein, zum Beispiel /figure Soldaten. /help listet alle auf.',
    unknownCommand: (name) => `Unbekannter Befehl „${name}“. /help listet die Befehle auf.`,
    invalidQuery: (command, problem, max) => {
      const what = {
        figure: 'das Thema',
        source: 'der Quellenname',
        search: 'der Suchtext',
        article: 'die Artikel-ID',
      }[command];
      const wrong =
        problem === 'empty'
          ? 'fehlt'
          : problem === 'too-long'
            ? `ist zu lang (höchstens ${max} Zeichen)`
            : 'ist ungültig';
      return `/${command}: ${what} ${wrong}.`;
    },
    internalError: (reason) => `Interner Fehler beim Antworten (${reason}).`,
    greeting: (articles, figures, attributions) =>
      `Factdesk-Konsole — ${articles} Artikel, ${figures} Zahlen, ${attributions} Zuschreibungen.`,
    prompt: '/help zeigt die Befehle, Strg-D beendet.',
    exportOnly: (flag) => `${flag} gibt es für /figure und /source.`,
    chartWritten: (file, description) => `Diagramm in ${file} geschrieben: ${description}`,
    noChart: 'Kein Diagramm: Dafür braucht es mindestens zwei Zahlen zu einer Größe in einer Einheit.',
  },
  digest: {
    title: (slot) => `Factdesk-Überblick · ${slot}`,
    firstHeading: (_n, count) => `Erster Überblick: ${count} Artikel im Korpus`,
    updateHeading: (_n, count, since) => `${count} Artikel neu seit ${since}`,
    nothingNew: (title, since) => `${title}: nichts Neues${since ? ` seit dem letzten Überblick (${since})` : ''}.`,
    figureBoard: 'Zahlenübersicht',
    mostQuoted: 'Meistzitierte Quellen',
    sentences: (n, count) => `${count} ${n === 1 ? 'Satz' : 'Sätze'}`,
    moreArticles: (count) => `…und ${count} weitere (siehe /article)`,
    moreRows: (count) => `…und ${count} weitere`,
    moreOnTopic: (count, command) => `…und ${count} weitere: ${command}`,
    moreTopics: 'Weitere Zahlen',
    boardNote: 'Spanne und Zahlen je Thema, wie /figure sie zuerst zeigt; die belegten Sätze: /figure <Thema>',
    footer: 'Volltext und belegte Sätze: /article <id> · /figure <Thema> · /source <Name>',
    previewNote: 'Vorschau des nächsten Überblicks für diesen Kanal (nicht gesendet):',
    useSubcommand: 'Verwenden Sie /digest preview oder /digest now.',
    noChannels: 'Es sind keine Überblick-Kanäle eingerichtet (DIGEST_CHANNEL_IDS), daher gibt es kein Ziel.',
    locked: 'Gerade wird ein Überblick gesendet; bitte in einer Minute noch einmal versuchen.',
    postedTo: (channels) => `Überblick gesendet an ${channels}.`,
    couldNotPost: (channel, error) =>
      `Senden an ${channel} fehlgeschlagen: ${error}. Beim nächsten Lauf wird es erneut versucht.`,
    nothingPosted: 'Es wurde nichts gesendet.',
    noChannelsDryRun: 'DIGEST_CHANNEL_IDS ist nicht gesetzt, daher wird kein Überblick gesendet. Ein Kanal bekäme:',
    channelHeading: (channelId) => `── Kanal ${channelId} ──`,
  },
  reload: {
    articles: (_n, count) => `${count} Artikel`,
    invalidFiles: (n, count) => `${count} ${n === 1 ? 'ungültige Datei' : 'ungültige Dateien'}`,
    unchanged: (articles, took) => `der Korpus im Betrieb ist unverändert: ${articles}. (${took})`,
    refusedEveryPolicy: (why, unchanged) => `Neu laden unter jeder Richtlinie abgelehnt: ${why}; ${unchanged}`,
    refused: (why, unchanged) => `Neu laden abgelehnt (${why}); ${unchanged}`,
    nothingLoadable: 'nichts ladbar',
    fixOrSkip:
      'Korrigieren Sie die Dateien unten, oder setzen Sie RELOAD_POLICY=skip-invalid, um die gültigen trotzdem zu laden.',
    reloaded: (took, articles) => `Neu geladen in ${took}: ${articles} im Betrieb.`,
    skipped: (files) => `Übersprungen: ${files}:`,
    joined: '(Ein Neuladen lief bereits; dies ist sein Ergebnis.)',
    nothingChanged: 'Nichts hat sich geändert.',
    articleChanges: (added, changed, removed) =>
      `Artikel: ${added} hinzugefügt, ${changed} geändert, ${removed} entfernt.`,
    figures: (change, topics) => `Zahlen: ${change}${topics ? `; ${topics}` : ''}.`,
    quoting: (change) => `Zitierende Sätze: ${change}.`,
    sourcesGained: (names) => `Neue Quellen: ${names}.`,
    sourcesLost: (names) => `Weggefallene Quellen: ${names}.`,
    more: (count) => `…und ${count} weitere`,
    auditBy: (actor) => `Neu geladen von ${actor}:`,
    askedBot: 'Den laufenden Bot gebeten, neu zu laden.',
    dryRun:
      'Kein Bot hat neu geladen: So würde ein Neuladen den zuletzt geladenen Korpus ändern. Nichts wurde geschrieben.',
    wouldReload: (took, articles) => `Ein Neuladen brächte ${articles} in Betrieb (geprüft in ${took}).`,
  },
  progress: {
    analysing: (articles, of) => `Lesen und Auswerten: ${articles} von ${of} Artikeln`,
    rate: (perSecond) => `${perSecond} pro Sekunde`,
    left: (seconds) => `noch etwa ${seconds}`,
    indexing: (articles) => `Indexieren von ${articles} Artikeln …`,
    loaded: (articles, took, analysed, indexed) =>
      `${articles} Artikel in ${took} geladen (gelesen und ausgewertet in ${analysed}, indexiert in ${indexed}).`,
    reloading: (line) => `Der Datenordner wird neu geladen … ${line}`,
  },
  ingest: {
    noLinks: 'Diese Nachricht enthält keine Weblinks zum Aufnehmen.',
    notAdded: (link, why) => `Nicht aufgenommen: ${link}\n${why}.`,
    added: (title) => `Ins Archiv aufgenommen: ${title}`,
    updated: (title) => `Im Archiv aktualisiert: ${title}`,
    unchanged: (title) => `Bereits im Archiv, unverändert: ${title}`,
    inArchive: (title) => `Im Archiv: ${title}`,
    savedNotServing: (title) => `Gespeichert, aber noch nicht im Dienst: ${title}`,
    alreadyAs: (title, id) =>
      `Bereits im Archiv als ${title} (ID ${id}): derselbe Text unter anderer Adresse. Nichts wurde hinzugefügt.`,
    paragraphs: (n, count) => `${count} ${n === 1 ? 'Absatz' : 'Absätze'}`,
    facts: (outlet, published, paragraphs, id) => `${outlet} · ${published} · ${paragraphs} · ID ${id}`,
    figures: (change) => `Zahlen: ${change} im Archiv.`,
    sourcesNew: (names) => `Neue Quellen im Archiv: ${names}.`,
    loadsLater: 'Der Bot lädt ihn beim nächsten Start oder /reload.',
    feedAdded: (title, id) => `Aufgenommen: ${title} (${id})`,
    feedDuplicates: (count) => `Bereits im Archiv unter anderem Link oder mit demselben Text: ${count}`,
    feedSummary: (added, feeds, count) => `${added} aufgenommen aus ${count} ${feeds === 1 ? 'Feed' : 'Feeds'}.`,
    problem: {
      notAUrl: (link) => `keine Webadresse: ${link}`,
      scheme: (scheme) => `nur http- und https-Links werden abgerufen, nicht ${scheme}`,
      credentials: 'Links mit Benutzername oder Passwort werden nicht abgerufen',
      internalAddress: (host) => `${host} ist eine interne Adresse`,
      resolvesInternal: (host, address) => `${host} verweist auf ${address}, eine interne Adresse`,
      redirects: (max) => `mehr als ${max} Weiterleitungen`,
      status: (status, text) => `die Website antwortete mit ${status}${text ? ` ${text}` : ''}`,
      type: (type, wanted) =>
        `der Link liefert ${type ?? 'einen unbenannten Typ'}, ${wanted === 'feed' ? 'keinen Feed' : 'keine Webseite'}`,
      tooLarge: (megabytes) => `die Seite ist größer als ${megabytes} MB`,
      timeout: (seconds) => `die Website antwortete nicht innerhalb von ${seconds} s`,
      cutOff: 'die Verbindung brach ab, bevor die Seite vollständig war',
      noName: 'der Name der Website lässt sich nicht auflösen',
      refused: 'die Website lehnte die Verbindung ab',
      certificate: (code) => `das Zertifikat der Website ist ungültig (${code})`,
      fetchFailed: (detail) => `die Seite konnte nicht abgerufen werden (${detail})`,
      noArticleText: 'die Seite enthält keinen Artikeltext (eine Übersichtsseite, ein Teaser oder eine Paywall?)',
      tooLittleText: (chars) =>
        `die Seite enthält nur ${chars} Zeichen Artikeltext (eine Übersichtsseite, ein Teaser oder eine Paywall?)`,
      noReporting: 'nach dem Entfernen der Seitenelemente bleibt kein Artikeltext',
      notAFeed: (detail) => `kein lesbarer Feed (${detail})`,
      notSaved: (detail) => `der Artikel konnte nicht gespeichert werden (${detail})`,
    },
  },
  notices: {
    stillLoading: (percent) => `Factdesk lädt noch das Archiv (${percent}). Bitte gleich noch einmal fragen.`,
    failure: 'Beim Antworten ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.',
    engineFailure:
      'Factdesk konnte das gerade nicht beantworten (interner Fehler). Bitte versuchen Sie es noch einmal.',
    staleButton: 'Diese Schaltflächen passen nicht mehr zu dieser Antwort. Bitte fragen Sie neu.',
    unknownCommand: (name) => `Unbekannter Befehl /${name}.`,
    moderatorsOnly: 'Nur Moderatoren können diesen Befehl verwenden.',
    optionInvalid: (option, problem, max) =>
      `Die Angabe „${option}“ ${problem === 'empty' ? 'braucht etwas Text' : problem === 'too-long' ? `ist zu lang (höchstens ${max} Zeichen)` : 'ist ungültig'}.`,
  },
};
