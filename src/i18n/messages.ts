import type { CommandName } from '../engine/answer';
import type { CommandHelp } from '../engine/help';
import type { ExportColumn } from '../engine/export/export-rows';

/** Who stands behind a spread: named sources and figures nobody was credited with. */
interface SpreadBacking {
  sources: number;
  unattributed: number;
}

/** What the chart description says; dates and the spread come formatted for the language. */
interface ChartFacts {
  figures: number;
  /** Named sources among the charted figures. */
  sources: number;
  /** Figures with no source named. */
  unattributed: number;
  /** Over publication date (every figure dated), else by value. */
  byDate: boolean;
  first: string | null;
  last: string | null;
  spread: string;
}

/**
 * Every text a user reads, as one typed dictionary per language. A missing or misspelt key, or a German text that
 * forgets an argument, is a compile error rather than an English word in a German answer.
 */
export interface Messages {
  answer: {
    /** "topic", "source", …: what a query names, in "No source named …". */
    noun: Record<CommandName, string>;
    /** "Figures", "Sources", …: the headline's subject. */
    subject: Record<CommandName, string>;
    suggestionLead: Record<CommandName, string>;
    nothingYetFor(matched: string): string;
    nothingFound(query: string): string;
    noneNamed(noun: string, query: string): string;
    articleClosest(title: string, query: string): string;
    subjectFor(subject: string, query: string): string;
    closestMatch(subjectFor: string, matched: string): string;
    matched(subjectFor: string, matched: string): string;
    suggestions(lead: string, names: string): string;
    tryFewerWords: string;
    nothingClose: string;
    noExactMatch(query: string, matched: string): string;
    knownButEmpty(matched: string): string;
    showing(shown: string, total: string): string;
    unknownOutlet: string;
    undated: string;
    increment: string;
    /** The same, where a line has room for one word (the figure table). */
    incrementShort: string;
    noSourceNamed: string;
    readAs(span: string): string;
    toldVia(via: string): string;
    sourceLine(credit: string): string;
    articleLink: string;
    /** Where a snippet stands when it is the article's headline (paragraph 0). */
    headline: string;
    /** Where a snippet stands when it is the article's standfirst, the teaser under the headline (paragraph 0). */
    standfirst: string;
    spreadLead: string;
    /** Under the figure table when not every figure fits on its page. */
    moreFigures(count: string): string;
    /** Under the figure table: where the sentences are. */
    sentencesFollow: string;
    /** Over a long list's table: it lists each source's most recent figure, not every figure. */
    latestLead(n: number, sources: string, total: string): string;
    /** Under it: the other figures of the same sources come after the latest ones. */
    olderFollow(n: number, count: string): string;
    readFrom(text: string): string;
    spread(range: string, backing: SpreadBacking, count: (n: number) => string): string;
  };
  page(page: number, pages: number): string;
  /** Autocomplete: "Troops — 12 figures", "KCNA (agency) — 40 quotes". */
  suggestion: {
    kind: Record<'agency' | 'media' | 'government' | 'intelligence' | 'military' | 'organization' | 'person', string>;
    count(n: number, count: string, of: 'figures' | 'quotes'): string;
  };
  paging: { previous: string; next: string };
  /** The CSV and Markdown buttons and the files they send. */
  export: {
    csvButton: string;
    markdownButton: string;
    /** Column headings of both files. */
    columns: Record<ExportColumn, string>;
    /** The private reply the file comes with: "CSV: 42 rows, Figures for troops". */
    sent(format: string, n: number, rows: string, headline: string): string;
    /** When the list is longer than one file may be. */
    cut(shown: string, total: string): string;
    /** Markdown heading line under the title: "Exported 6 Dec 2026 from Factdesk". */
    exportedFrom: string;
  };
  /** The /figure chart: its axes, legend and the description that is its alt text. */
  chart: {
    /** The embed field's name over the description. */
    fieldName: string;
    date: string;
    value(unit: string): string;
    source: string;
    /** The chart in words, its alt text: "Chart of 6 figures from 4 sources, by publication date (…); shaded: …". */
    describe(chart: ChartFacts, count: (n: number) => string): string;
  };
  help: {
    title: string;
    description: string;
    consoleIntro: string;
    example(example: string): string;
    exampleShort(example: string): string;
    commands: Record<CommandHelp['name'], string>;
    /** Beside a moderator command: "(moderators only)". */
    moderatorsOnly: string;
  };
  /** What Discord's command picker shows: descriptions of commands that are not in /help, and of every option. */
  slash: {
    reload: string;
    digest: string;
    digestPreview: string;
    digestNow: string;
    ingest: string;
    /** The name of the message menu command, which Discord shows instead of a description. */
    addToArchive: string;
    options: { topic: string; name: string; query: string; id: string; url: string };
  };
  console: {
    errorLead: string;
    typeACommand: string;
    unknownCommand(name: string): string;
    /** "/figure: the topic needs some text." */
    invalidQuery(
      command: 'figure' | 'source' | 'search' | 'article',
      problem: 'empty' | 'too-long' | 'invalid',
      max: number,
    ): string;
    internalError(reason: string): string;
    greeting(articles: string, figures: string, attributions: string): string;
    prompt: string;
    /** `--csv`, `--md` or `--chart` with a command that has no list to export or chart. */
    exportOnly(flag: string): string;
    /** `--chart FILE` written: "Chart written to troops.png: …" (the description follows). */
    chartWritten(file: string, description: string): string;
    noChart: string;
  };
  /** The scheduled digest and /digest. Counts and dates come in already formatted for the language. */
  digest: {
    title(slot: string): string;
    firstHeading(articles: number, count: string): string;
    updateHeading(articles: number, count: string, since: string): string;
    nothingNew(title: string, since: string | null): string;
    figureBoard: string;
    mostQuoted: string;
    sentences(n: number, count: string): string;
    moreArticles(count: string): string;
    moreRows(count: string): string;
    /** Under a topic's table on the figure board when not every row fits: where the rest is. */
    moreOnTopic(count: string, command: string): string;
    /** The board's last field: topics whose tables did not fit, with their spread lines. */
    moreTopics: string;
    /** Under the board's title: what its tables are and where the sentences are. */
    boardNote: string;
    footer: string;
    previewNote: string;
    useSubcommand: string;
    noChannels: string;
    locked: string;
    postedTo(channels: string): string;
    couldNotPost(channel: string, error: string): string;
    nothingPosted: string;
    /** `npm run digest -- --dry-run` without channels. */
    noChannelsDryRun: string;
    channelHeading(channelId: string): string;
  };
  /** The reload report (/reload, npm run reload, SIGHUP) and its audit post. */
  reload: {
    articles(n: number, count: string): string;
    invalidFiles(n: number, count: string): string;
    unchanged(articles: string, took: string): string;
    refusedEveryPolicy(why: string, unchanged: string): string;
    refused(why: string, unchanged: string): string;
    nothingLoadable: string;
    fixOrSkip: string;
    reloaded(took: string, articles: string): string;
    skipped(files: string): string;
    joined: string;
    nothingChanged: string;
    articleChanges(added: string, changed: string, removed: string): string;
    figures(change: string, topics: string): string;
    quoting(change: string): string;
    sourcesGained(names: string): string;
    sourcesLost(names: string): string;
    more(count: string): string;
    auditBy(actor: string): string;
    askedBot: string;
    /** Over a report of `npm run reload` when no bot reloaded: it only says what a reload would do. */
    dryRun: string;
    wouldReload(took: string, articles: string): string;
  };
  /** How far a start-up or reload build has got: the console's progress line and the /reload reply meanwhile. */
  progress: {
    /** "Reading and analysing: 6,000 of 10,000 articles". */
    analysing(articles: string, of: string): string;
    /** "1,200 a second". */
    rate(perSecond: string): string;
    /** "about 4 s left". */
    left(seconds: string): string;
    /** Every article is analysed; the index is being put together. */
    indexing(articles: string): string;
    /** At the end: the total and each part's duration. */
    loaded(articles: string, took: string, analysed: string, indexed: string): string;
    /** The /reload reply while it runs. */
    reloading(line: string): string;
  };
  /** /ingest, "Add to archive" and npm run ingest: what became of a link. Counts and dates come formatted. */
  ingest: {
    noLinks: string;
    notAdded(link: string, why: string): string;
    added(title: string): string;
    updated(title: string): string;
    unchanged(title: string): string;
    inArchive(title: string): string;
    savedNotServing(title: string): string;
    /** The same article's text is stored already under another address: nothing written. */
    alreadyAs(title: string, id: string): string;
    paragraphs(n: number, count: string): string;
    /** "Hanseatische Rundschau · 10 Mar 2025 · 7 paragraphs · id …" */
    facts(outlet: string, published: string, paragraphs: string, id: string): string;
    figures(change: string): string;
    sourcesNew(names: string): string;
    loadsLater: string;
    /** npm run ingest -- --feeds */
    feedAdded(title: string, id: string): string;
    feedDuplicates(count: string): string;
    feedSummary(added: string, feeds: number, count: string): string;
    /** Why a link was not added, one text per kind of refusal (see src/ingest/ingest-problem.ts). */
    problem: {
      notAUrl(link: string): string;
      scheme(scheme: string): string;
      credentials: string;
      internalAddress(host: string): string;
      resolvesInternal(host: string, address: string): string;
      redirects(max: string): string;
      status(status: number, text: string): string;
      type(type: string | null, wanted: 'page' | 'feed'): string;
      tooLarge(megabytes: string): string;
      timeout(seconds: string): string;
      cutOff: string;
      noName: string;
      refused: string;
      certificate(code: string): string;
      fetchFailed(detail: string): string;
      noArticleText: string;
      tooLittleText(chars: string): string;
      noReporting: string;
      notAFeed(detail: string): string;
      notSaved(detail: string): string;
    };
  };
  notices: {
    /** A command before the first build is done, with how far it has got ("63 %"). */
    stillLoading(percent: string): string;
    failure: string;
    engineFailure: string;
    /**
     * What a button that cannot act any more says, only to whoever pressed it: one whose answer changed under it, or
     * whose id this bot does not know. Silence would leave the press spinning and end in "This interaction failed".
     */
    staleButton: string;
    unknownCommand(name: string): string;
    moderatorsOnly: string;
    /** "The topic needs some text." from the option's name and what is wrong with it. */
    optionInvalid(option: string, problem: 'empty' | 'too-long' | 'invalid', max: number): string;
  };
}
