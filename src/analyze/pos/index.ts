/** Part-of-speech tagging: wink-nlp's Universal POS tags, reproduced by our own averaged perceptron. */
export { loadPosTagger, readPosTagger, PosTagger } from './tagger.js';
export { TAGS, type Tag } from './features.js';
