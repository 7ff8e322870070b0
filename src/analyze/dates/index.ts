import type { Component } from '../doc.js';

/** Placeholder until the dates component lands: fills nothing. */
export const findDates: Component = (doc) => {
  doc.dates = [];
};
