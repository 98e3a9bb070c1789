/**
 * Backend areas, as Actual Budget's loot-core has them: each area is one module
 * (`electron/server/<area>/app.ts`) answering the contract methods of its namespaces, and the
 * areas are combined into one handler map. Which methods belong to an area comes from the
 * contract's own keys (`project.*` → the project area), never from a hand-typed list.
 */
import { methods, type MethodName } from '../../shared/api.js';
import type { Handlers } from '../../shared/transport.js';

/** Every area and the contract namespaces it answers. A new area is one line here. */
export const AREAS = {
  app: ['app', 'dialog'],
  project: ['project'],
  articles: ['articles'],
  import: ['import'],
  search: ['search', 'index'],
  annotations: ['annotations', 'highlights', 'claims', 'links', 'history', 'publishers'],
  prefs: ['prefs'],
  merge: ['merge'],
  agreement: ['agreement'],
  export: ['export'],
  interchange: ['interchange'],
  suggest: ['suggest'],
  origins: ['origins'],
} as const;

export type AreaName = keyof typeof AREAS;
type NamespaceOf<A extends AreaName> = (typeof AREAS)[A][number];

/** The contract methods an area answers, derived from the method names. */
type MethodsOf<A extends AreaName> = Extract<MethodName, `${NamespaceOf<A>}.${string}`>;

/** The handler map one area provides: exactly its methods, each typed by the contract. */
export type AreaHandlers<A extends AreaName> = Pick<Handlers, MethodsOf<A>>;

/** Compile-time check: a contract method whose namespace no area answers is a type error here. */
type Unassigned = Exclude<MethodName, MethodsOf<AreaName>>;
const everyMethodHasAnArea: [Unassigned] extends [never] ? true : Unassigned = true;
void everyMethodHasAnArea;

/** The namespace of a method name (`claims.create` → `claims`). */
function namespaceOf(method: string): string {
  return method.slice(0, method.indexOf('.'));
}

/**
 * Combines the areas into one handler map. Refuses, at start-up, a namespace claimed by two
 * areas, a method answered twice or by the wrong area, a handler the contract does not know,
 * and a contract method nobody answers — so a mistake shows when the app starts, not when a
 * researcher first clicks the button.
 */
export function combineAreas(areas: { [A in AreaName]: AreaHandlers<A> }): Handlers {
  const owner = new Map<string, AreaName>();
  for (const [area, namespaces] of Object.entries(AREAS) as [AreaName, readonly string[]][]) {
    for (const ns of namespaces) {
      const other = owner.get(ns);
      if (other) throw new Error(`Backend areas “${other}” and “${area}” both claim the “${ns}.*” methods.`);
      owner.set(ns, area);
    }
  }
  const combined: Record<string, unknown> = {};
  for (const [area, handlers] of Object.entries(areas) as [AreaName, Record<string, unknown>][]) {
    for (const [method, handler] of Object.entries(handlers)) {
      if (!Object.prototype.hasOwnProperty.call(methods, method)) throw new Error(`Backend area “${area}” answers “${method}”, which is not in the contract.`);
      if (owner.get(namespaceOf(method)) !== area) throw new Error(`Backend area “${area}” answers “${method}”, which belongs to area “${owner.get(namespaceOf(method)) ?? 'none'}”.`);
      if (Object.prototype.hasOwnProperty.call(combined, method)) throw new Error(`The method “${method}” is answered twice.`);
      if (typeof handler !== 'function') throw new Error(`The handler for “${method}” is not a function.`);
      combined[method] = handler;
    }
  }
  const missing = Object.keys(methods).filter((m) => !Object.prototype.hasOwnProperty.call(combined, m));
  if (missing.length) throw new Error(`No backend area answers: ${missing.join(', ')}.`);
  // Every method is present, each from the area whose typed map declared it.
  return combined as Handlers;
}
