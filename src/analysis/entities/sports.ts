/**
 * Sports rule family: where a name stands as a team. Sentence rules here only record evidence
 * (`teamContext`); the document pass (`entities/index.ts`) makes a name a team, an
 * organisation, when the article is about sport (`isSportsText`) and the name stood in a team's
 * position at least once, so a town, a state or a university named in a fixture list, a score
 * line or a match report is the club, while countries stay places (national sides are named
 * after their country, as CoNLL and most style guides treat them).
 */
import type { Token } from './recognise';
import { sumOverLines } from './words';

/** Words of a fixture between two sides ("Fife v Partick", "TORONTO AT NY RANGERS"). */
const versusWords = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** Verbs and prepositions after which a side is named ("beat Arsenal", "against Ottawa", "win over Barcelona"). */
const beforeTeam = new Set([
  'against', 'beat', 'beating', 'beats', 'defeated', 'defeating', 'edged', 'thrashed', 'overwhelming', 'outgunned', 'routed', 'hammered',
  'eliminated', 'eliminating', 'visiting', 'hosting', 'host', 'hosts', 'face', 'faces', 'facing', 'joined', 'signed',
  'leaders', 'champions', 'holders', 'favourites', 'favorites', 'rivals', 'opponents', 'side', 'club',
]);

/** Two-word cues before a side ("win over", "draw with", "home to", "loss to"). */
const pairsBeforeTeam = new Set(['win over', 'victory over', 'draw with', 'drew with', 'home to', 'loss to', 'lost to', 'defeat by', 'defeat to', 'beaten by', 'draws with', 'tie with', 'play for', 'played for', 'playing for', 'moved from', 'move from', 'move to', 'moved to', 'transfer to', 'debut for']);

/** Verbs after which the name before is a side ("Barcelona fought back", "Colts improved to 8-6"). */
const afterTeam = new Set([
  'beat', 'beats', 'drew', 'draw', 'lost', 'won', 'win', 'face', 'faces', 'host', 'hosts', 'trail', 'trails', 'fought', 'clinched',
  'edged', 'thrashed', 'routed', 'outgunned', 'overwhelmed', 'hammered', 'field', 'fielded', 'travel', 'travelled', 'traveled',
  'leap-frogged', 'leapfrogged', 'rallied',
]);

/** Words after a side's possessive or name: its people and its play ("Parma's French midfielder", "the Barcelona defence"). */
const teamParts = new Set([
  'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper', 'goalkeepers', 'keeper', 'forward', 'forwards',
  'winger', 'coach', 'manager', 'captain', 'skipper', 'squad', 'side', 'team', 'defence', 'defense', 'attack', 'fans', 'supporters',
  'players', 'player', 'quarterback', 'pitcher', 'batsman', 'bowler', 'innings', 'lineup', 'line-up', 'chances', 'comeback', 'debut',
  'playmaker', 'centre', 'center', 'linebacker', 'cornerback', 'tackle', 'guard', 'wicketkeeper', 'opener',
]);

/** Parts that a town has as well as a club ("London sides", "the Paris team"): they count only after a possessive. */
const ownParts = new Set(['side', 'team', 'fans', 'supporters', 'players', 'player']);

/** Whether a bracketed aside right after token `to` holds one capitalised word or two ("(China)", "(Belgium)"). */
function bracketedAfter(tokens: Token[], to: number): boolean {
  const open = tokens[to + 1];
  if (!open || !(open.pre.includes('(') || tokens[to].post.includes('('))) return false;
  for (let k = to + 1; k < tokens.length && k <= to + 2; k++) {
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[k].text)) return false;
    if (tokens[k].post.includes(')')) return true;
  }
  return false;
}

/**
 * First words of club names ("FC St. Pauli", "Real Betis", "Sporting Gijon", "Dynamo Kiev"): legal
 * forms and the common words clubs open with, not names of clubs.
 */
export const clubStarts = new Set([
  'fc', 'ac', 'sv', 'sc', 'vfb', 'vfl', 'tsv', 'cf', 'cd', 'ud', 'sd', 'afc', 'bk', 'fk', 'nk', 'sk', 'ik',
  'real', 'athletic', 'atletico', 'racing', 'sporting', 'deportivo', 'dynamo', 'dinamo', 'olympique', 'inter', 'rapid', 'lokomotiv',
  'spartak', 'slavia', 'sparta', 'union', 'kickers', 'borussia', 'eintracht', 'fortuna', 'alemannia', 'hapoel', 'maccabi',
]);

/** Words telling that a text is about sport; an article with several is a sports report. */
const sportsVocabulary = new Set([
  'soccer', 'football', 'rugby', 'cricket', 'tennis', 'golf', 'basketball', 'hockey', 'baseball', 'volleyball', 'handball', 'skiing', 'boxing',
  'bobsleigh', 'cycling', 'athletics', 'esports', 'league', 'cup', 'match', 'matches', 'fixture', 'fixtures', 'tournament', 'championship',
  'season', 'standings', 'playoff', 'playoffs', 'semifinal', 'semifinals', 'quarterfinal', 'final', 'halftime', 'half-time', 'scored',
  'scorer', 'scorers', 'goal', 'goals', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'innings', 'wicket', 'wickets',
  'touchdown', 'touchdowns', 'quarterback', 'penalty', 'referee', 'stadium', 'club', 'clubs', 'champions', 'relegation', 'promoted',
  'draw', 'drew', 'beat', 'defeat', 'victory', 'points', 'game', 'games', 'player', 'players', 'team', 'teams', 'squad', 'tries', 'try',
  'lap', 'laps', 'race', 'races', 'driver', 'drivers', 'constructor', 'constructors', 'grand', 'prix', 'podium', 'medal', 'olympic',
  'olympics', 'nba', 'nfl', 'nhl', 'mlb', 'ncaa', 'fifa', 'uefa',
]);

/**
 * Whether a text reads as a sports report: at least six sports words, making up at least one
 * word in sixty (a business story that mentions a "game" or a "team" is not one). Linear.
 */
export function isSportsText(text: string): boolean {
  const [words, hits] = sumOverLines(text, sportsWords);
  return hits >= 6 && hits * 60 >= words;
}

/** The words of a line and how many of them are sports words (a word never crosses a line break). */
function sportsWords(line: string): number[] {
  let words = 0;
  let hits = 0;
  const word = /[A-Za-z][A-Za-z-]*/g;
  for (let m = word.exec(line); m; m = word.exec(line)) {
    words++;
    if (sportsVocabulary.has(m[0].toLowerCase())) hits++;
  }
  return [words, hits];
}

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

/** The index after a bracketed aside that opens at token `k` ("(4)", "(Italy)"), or `k` when none opens there. */
function skipBrackets(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || !t.pre.includes('(')) return k;
  for (let m = k; m < tokens.length && m < k + 3; m++) if (tokens[m].post.includes(')')) return m + 1;
  return k;
}

/**
 * Whether tokens `from`..`to` stand where a side stands: either end of a fixture ("X v Y",
 * the visitor in "X AT Y", a schedule in capitals), after a result verb or before one ("beat X", "X drew"),
 * with a player's role after it ("Parma's French midfielder", "the Barcelona defence"), a
 * plural nickname after "the" ("the Colts", "the Barbarians"), a row in a table of a country
 * and numbers ("Limoges (France) 9 3 6 12"), or a player's club in brackets with a country
 * ("Luis Figo (Barcelona, Spain)"). Reads a few tokens either side: constant time per name.
 */
export function teamContext(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  const last = tokens[to];
  // A single letter is a table's legend ("X -- clinched division title").
  if (from === to && last.text.length < 2) return false;
  // "Li Wen (China) beat Siti Rahma (Indonesia)": a name with its country in brackets is a
  // player of an individual sport, unless numbers follow as in a table of clubs.
  const country = bracketedAfter(tokens, to);
  const possessive = /['’]s?$/.test(last.text) || /^['’]/.test(last.post);
  const after = skipBrackets(tokens, to + 1);
  const next = tokens[after];
  // Fixtures: "Fife v Partick", "Bologna (4) v Piacenza (13)", "TORONTO AT NY RANGERS".
  if (next && !/[,;:.]/.test(last.post) && (versusWords.has(lower(next)) || (next.text === 'AT' && isCapitalised(tokens[after + 1])))) return true;
  // The side after "AT" is the host, named for its ground: a place ("TORONTO AT NY RANGERS").
  if (prev && versusWords.has(lower(prev)) && !/[,;:]/.test(prev.post)) return true;
  const tableRow = next !== undefined && /^\d+$/.test(next.text) && /^\d+$/.test(tokens[after + 1]?.text ?? '');
  if (country && !tableRow) return false;
  // "beat X", "against X", "win over X".
  if (prev && !/[,;:.]/.test(prev.post)) {
    const p = lower(prev);
    const pair = `${lower(tokens[from - 2])} ${p}`;
    if (beforeTeam.has(p) || pairsBeforeTeam.has(pair)) return true;
  }
  // "Barcelona fought back", "the Colts improved".
  if (next && !possessive && after === to + 1 && !/[,;:.]/.test(last.post) && afterTeam.has(lower(next))) return true;
  // "Parma's French midfielder", "Verona's slim chances", "the Barcelona defence".
  for (let k = to + 1; k < tokens.length && k <= to + 3; k++) {
    if (/[,;:.]/.test(tokens[k - 1].post)) break;
    const w = lower(tokens[k]);
    if (teamParts.has(w) && (possessive || !ownParts.has(w))) return true;
    if (!possessive) break;
  }
  // "the Colts", "the Barbarians": a plural nickname.
  if (from === to && lower(prev) === 'the' && /\p{Ll}s$/u.test(last.text) && !/(?:ss|olympics|games)$/i.test(last.text)) return true;
  // "Limoges (France) 9 3 6 12": a row of a table, a country in brackets and numbers after it.
  if (after > to + 1 && tableRow) return true;
  // "Luis Figo (Barcelona, Spain)": a club and a country in brackets after a player.
  if (prev && /\(\s*$/.test(prev.post + tokens[from].pre) && isCapitalised(prev) && /^,\s*$/.test(last.post) && tokens[to + 1] && /\)/.test(tokens[to + 1].post)) return true;
  return false;
}
