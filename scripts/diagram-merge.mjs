/* global document, getComputedStyle, DOMParser, XMLSerializer, CSSStyleSheet, CSSStyleRule -- mergeInPage runs in the browser, through page.evaluate */
/**
 * Runs in the page: makes one SVG of a diagram's light and dark renders (decisions/0018).
 *
 * Both renders are the same drawing (same text, same fonts); only their colours differ. The SVG
 * keeps the light render's elements and its stylesheet, and adds each rule that the dark theme
 * changes under [data-theme='dark'], the attribute Docusaurus sets on <html> in the dark scheme.
 * Rules that match nothing in this SVG are left out (Mermaid's stylesheet covers every feature of
 * the diagram type; a static SVG never gains elements), and so are Mermaid's data-* attributes and
 * the definitions (markers, icons, filters) that nothing refers to. Every id inside the SVG gets
 * the SVG's id as prefix, so two diagrams on one page never share one. The SVG is an image named by
 * its accTitle; "The diagram in words" on the page is its full description.
 *
 * Last, it checks the result: in each scheme, every element of the SVG must have the same computed
 * style as in Mermaid's own render for that scheme.
 */
export function mergeInPage({id, lightSvg, darkSvg}) {
  const parse = (svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const light = parse(lightSvg);
  const dark = parse(darkSvg);
  const where = (element) => new XMLSerializer().serializeToString(element).slice(0, 160);

  // Same elements, attributes and text. A few presentation attributes may differ (a filter's
  // flood-color); a CSS property of the same name overrides such an attribute.
  const presentation = new Set(['fill', 'stroke', 'color', 'flood-color', 'stop-color']);
  const attributeRules = [];
  const compare = (a, b) => {
    if (a.tagName !== b.tagName || a.children.length !== b.children.length) {
      throw new Error(`the light and dark renders differ in their elements at: ${where(a)}`);
    }
    if (a.tagName === 'style') return;
    if (a.children.length === 0 && a.textContent !== b.textContent) {
      throw new Error(`the light and dark renders differ in their text at: ${where(a)}`);
    }
    const names = (element) => element.getAttributeNames().sort().join(' ');
    if (names(a) !== names(b)) {
      throw new Error(`the light and dark renders differ in their attributes at: ${where(a)}`);
    }
    for (const name of a.getAttributeNames()) {
      const darkValue = b.getAttribute(name);
      if (a.getAttribute(name) === darkValue) continue;
      if (!presentation.has(name)) {
        throw new Error(`the light and dark renders differ in ${name} at: ${where(a)}`);
      }
      attributeRules.push({element: a, property: name, value: darkValue});
    }
    for (let i = 0; i < a.children.length; i++) compare(a.children[i], b.children[i]);
  };
  compare(light, dark);

  // Mermaid's data-* attributes feed its own scripts (edge points, element kinds); a static SVG
  // has no use for them, and they are a good part of its bytes.
  for (const element of [light, ...light.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('data-')) element.removeAttribute(name);
    }
  }

  const styleOf = (svg) => {
    const styles = svg.querySelectorAll('style');
    if (styles.length !== 1) throw new Error('expected one <style> in the SVG');
    return styles[0];
  };
  const rulesOf = (svg) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styleOf(svg).textContent);
    return [...sheet.cssRules];
  };
  const lightRules = rulesOf(light);
  const darkRules = rulesOf(dark);
  if (lightRules.length !== darkRules.length) {
    throw new Error('the light and dark stylesheets have different rules');
  }
  /** The selectors of a list, split at top-level commas. */
  const selectors = (list) => {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i] === '(') depth++;
      else if (list[i] === ')') depth--;
      else if (list[i] === ',' && depth === 0) {
        parts.push(list.slice(start, i).trim());
        start = i + 1;
      }
    }
    parts.push(list.slice(start).trim());
    return parts;
  };
  const matchesSomething = (selector) => {
    const plain = selector.replace(
      /:(hover|focus|focus-visible|focus-within|active)\b|::[a-z-]+/g,
      '',
    );
    try {
      return light.matches(plain) || light.querySelector(plain) !== null;
    } catch {
      return true;
    }
  };
  const css = [];
  lightRules.forEach((rule, index) => {
    const darkRule = darkRules[index];
    if (!(rule instanceof CSSStyleRule)) {
      if (darkRule.cssText !== rule.cssText) {
        throw new Error(`the dark theme changes a rule that is not a style rule: ${rule.cssText}`);
      }
      css.push(rule.cssText);
      return;
    }
    if (!(darkRule instanceof CSSStyleRule) || darkRule.selectorText !== rule.selectorText) {
      throw new Error(
        `the light and dark stylesheets differ in their selectors at ${rule.cssText}`,
      );
    }
    const kept = selectors(rule.selectorText).filter(matchesSomething);
    if (kept.length === 0) return;
    css.push(`${kept.join(',')}{${rule.style.cssText}}`);
    if (darkRule.style.cssText !== rule.style.cssText) {
      const scoped = kept.map((selector) => `[data-theme='dark'] ${selector}`);
      css.push(`${scoped.join(',')}{${darkRule.style.cssText}}`);
    }
  });

  // Ids: prefixed with the SVG's own id (Mermaid already does so for some); references follow.
  const renamed = new Map();
  const taken = new Set();
  for (const element of light.querySelectorAll('[id]')) {
    if (/^[0-9a-f]{3,8}$/i.test(element.id)) {
      throw new Error(`an id that a stylesheet would read as a colour: ${element.id}`);
    }
    let fresh = `${id}-${element.id.replaceAll(id, '').replace(/^[-_]+|[-_]+$/g, '') || 'part'}`;
    for (let n = 2; taken.has(fresh); n++) fresh = `${fresh.replace(/-\d+$/, '')}-${n}`;
    taken.add(fresh);
    renamed.set(element.id, fresh);
    element.id = fresh;
  }
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const renameIn = (text) => {
    let result = text;
    for (const [old, fresh] of renamed) {
      result = result.replace(new RegExp(`#${escape(old)}(?![\\w-])`, 'g'), `#${fresh}`);
    }
    return result;
  };
  for (const element of [light, ...light.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name === 'id') continue;
      if (attribute.name === 'aria-labelledby' || attribute.name === 'aria-describedby') {
        attribute.value = attribute.value
          .split(/\s+/)
          .map((ref) => renamed.get(ref) ?? ref)
          .join(' ');
      } else if (attribute.value.includes('#')) {
        attribute.value = renameIn(attribute.value);
      }
    }
  }
  // A themed attribute is addressed from the nearest element with an id.
  for (const {element, property, value} of attributeRules) {
    const steps = [];
    let node = element;
    while (!node.id) {
      steps.unshift(`:nth-child(${[...node.parentElement.children].indexOf(node) + 1})`);
      node = node.parentElement;
    }
    css.push(`[data-theme='dark'] ${[`#${node.id}`, ...steps].join(' > ')}{${property}:${value}}`);
  }
  styleOf(light).textContent = renameIn(css.join(''));

  if (!light.querySelector(':scope > title')) throw new Error('the SVG has no <title>');
  light.setAttribute('role', 'img');
  light.removeAttribute('aria-roledescription');

  // The check: computed styles of every element, in each scheme, against Mermaid's own render.
  const computed = (svg) => {
    document.body.append(svg);
    const result = [svg, ...svg.querySelectorAll('*')].map((element) => {
      const style = getComputedStyle(element);
      return [...style].map((property) => `${property}:${style.getPropertyValue(property)}`);
    });
    svg.remove();
    return result;
  };
  for (const [scheme, original] of [
    ['light', parse(lightSvg)],
    ['dark', parse(darkSvg)],
  ]) {
    document.documentElement.setAttribute('data-theme', scheme);
    const expected = computed(original);
    const actual = computed(light);
    expected.forEach((properties, index) => {
      // References to renamed ids (a marker's url(#…)) are the same reference.
      const differences = properties.filter((entry, i) => actual[index][i] !== renameIn(entry));
      if (differences.length > 0) {
        const element = [light, ...light.querySelectorAll('*')][index];
        throw new Error(
          `in the ${scheme} scheme, ${where(element)} would be drawn differently from Mermaid's render: ${differences.slice(0, 3).join('; ')}`,
        );
      }
    });
  }
  document.documentElement.removeAttribute('data-theme');

  // Definitions nothing refers to (Mermaid defines every marker, icon and filter its diagram type
  // may use) are never drawn: leave them out.
  const definitions =
    'symbol, marker, filter, linearGradient, radialGradient, clipPath, mask, pattern';
  for (let removed = true; removed;) {
    removed = false;
    const referenced = new Set();
    const collect = (text) => {
      for (const match of text.matchAll(/#([\w-]+)/g)) referenced.add(match[1]);
    };
    for (const element of [light, ...light.querySelectorAll('*')]) {
      for (const attribute of element.attributes) {
        if (attribute.name !== 'id') collect(attribute.value);
      }
    }
    collect(styleOf(light).textContent);
    for (const element of light.querySelectorAll(definitions)) {
      if (element.id && referenced.has(element.id)) continue;
      element.remove();
      removed = true;
    }
  }
  for (const defs of light.querySelectorAll('defs')) if (defs.children.length === 0) defs.remove();
  return new XMLSerializer().serializeToString(light);
}
