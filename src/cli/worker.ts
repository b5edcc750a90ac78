/**
 * Entry point of the command line's worker threads (a workerpool worker): each runs `render`
 * on the articles the main thread sends, and keeps its own per-paragraph caches between them.
 */
import * as workerpool from 'workerpool';
import { render } from './render';

workerpool.worker({ render });
