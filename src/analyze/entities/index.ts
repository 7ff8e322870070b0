import type { Component } from '../doc.js';

/** Placeholder until the entities component lands: fills nothing. */
export const recognizeEntities: Component = (doc) => {
  doc.entities = [];
};
