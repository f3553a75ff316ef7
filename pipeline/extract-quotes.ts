/** The quotation stage lives in `extract-quotes/`; this path is kept for the modules that import it here. */
export { extractQuotes, type QuoteExtraction } from './extract-quotes/index.js';
