/**
 * Patches the pagefind.js that Pagefind 1.6 writes:
 * - a search reads only what it needs from the WebAssembly's answer (src/domain/search/pagefindOutput.ts):
 *   each page's id, group and score at once, its word positions only when its excerpt is made;
 * - a search loads every index chunk its words can match as prefixes (src/domain/search/pagefindChunks.ts),
 *   so its results do not depend on the searches before it.
 * Results, order and excerpts of a fresh search are the unpatched file's (scripts/library/pagefindPatch.test.ts).
 * A pagefind.js of another layout stops the build with a message instead of being shipped half-patched.
 */
import { pagefindChunkPlanner } from '../../src/domain/search/pagefindChunks';
import { pagefindOutputReader } from '../../src/domain/search/pagefindOutput';

const PARSE = 'let{filtered_counts,total_counts,results,unfiltered_total,search_keywords,query_term_idfs}=JSON.parse(result);';
const MAP =
  'let resultsInterface=results.map((result2)=>{let weighted_locations=result2.l.map((l)=>{let loc={weight:l.w/24,balanced_score:l.s,location:l.l};if(l.v){loc.verbose={word_string:l.v.ws,length_bonus:l.v.lb};}return loc;});let locations=weighted_locations.map((l)=>l.location);let res={id:result2.p,score:result2.s*this.indexWeight,words:locations,data:async()=>await this.loadFragment(result2.p,result2.g,weighted_locations,term)};';
// The same fields (id, score, words, data()), with the positions made on first use.
const LAZY_MAP = 'let resultsInterface=results.map((result2)=>{let res=new __margin.LazyHit(this,result2,term);';
// Pagefind's own chunks for the query, and every chunk the query's words can match in.
const CHUNKS = 'let index_array=JSON.parse(index_resp);';
const ALL_CHUNKS = 'let index_array=__margin.chunksToLoad(this,JSON.parse(index_resp),term);';
export const PATCH_MARK = '/* margin: lazy search results, every chunk a prefix needs */';

function replaceOnce(source: string, from: string, to: string): string {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) {
    throw new Error(`pagefind.js is not the layout Margin patches (Pagefind 1.6): "${from.slice(0, 60)}…" found ${at < 0 ? 'nowhere' : 'twice'}`);
  }
  return source.slice(0, at) + to + source.slice(at + from.length);
}

export function patchPagefindJs(source: string): string {
  if (source.includes(PATCH_MARK)) return source;
  // The reader's own source, compiled by whichever tool runs the build; `__name` is esbuild's keepNames helper.
  const prelude = `${PATCH_MARK}\nconst __margin=(()=>{const __name=(f)=>f;return {...(${pagefindOutputReader.toString()})(),...(${pagefindChunkPlanner.toString()})()};})();\n`;
  let out = replaceOnce(source, PARSE, PARSE.replace('JSON.parse(result)', '__margin.parseSearchOutput(result)'));
  out = replaceOnce(out, MAP, LAZY_MAP);
  out = replaceOnce(out, CHUNKS, ALL_CHUNKS);
  return prelude + out;
}
