import type { Component } from '../doc.js';

/** Placeholder until the quotes component lands: fills nothing. */
export const findQuotes: Component = (doc) => {
  doc.quotes = [];
};
