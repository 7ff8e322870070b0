import type { Component } from '../doc.js';

/** Placeholder until the quantities component lands: fills nothing. */
export const findQuantities: Component = (doc) => {
  doc.quantities = [];
};
