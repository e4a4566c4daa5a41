// `npm run bench:explore`: the Explore section of the benchmarks alone, printed and written in place
// of its section of docs/benchmarks.md (the other sections are left as the last whole run wrote them).
import { benchExplore, EXPLORE_TITLE } from "./bench/explore";
import { writeSection } from "./bench/harness";

console.log(writeSection({ title: EXPLORE_TITLE, figures: await benchExplore() }));
