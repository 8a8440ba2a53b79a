// The part of blessed 0.1.81 and blessed-contrib 4.11 the dashboard uses (neither ships types, and
// @types/blessed would be a dependency for a handful of calls).
declare module 'blessed' {
  namespace blessed {
    interface Style {
      fg?: string;
      bg?: string;
      bold?: boolean;
      border?: { fg?: string };
      selected?: { fg?: string; bg?: string; bold?: boolean; inverse?: boolean };
      label?: { fg?: string };
      [k: string]: unknown;
    }
    interface ElementOptions {
      parent?: Node;
      top?: number | string;
      left?: number | string;
      width?: number | string;
      height?: number | string;
      label?: string;
      content?: string;
      tags?: boolean;
      border?: { type: 'line' | 'bg' };
      style?: Style;
      scrollable?: boolean;
      alwaysScroll?: boolean;
      keys?: boolean;
      vi?: boolean;
      mouse?: boolean;
      hidden?: boolean;
      wrap?: boolean;
      inputOnFocus?: boolean;
      scrollbar?: { ch?: string; style?: Style } | boolean;
      [k: string]: unknown;
    }
    interface Node {
      on(event: string, fn: (...args: any[]) => void): this;
      removeListener(event: string, fn: (...args: any[]) => void): this;
      emit(event: string, ...args: unknown[]): boolean;
      key(keys: string | string[], fn: (ch: string, key: { name: string; full: string }) => void): void;
      destroy(): void;
    }
    interface Element extends Node {
      width: number;
      height: number;
      style: Style;
      hidden: boolean;
      focused: boolean;
      setContent(text: string): void;
      setLabel(text: string): void;
      focus(): void;
      show(): void;
      hide(): void;
      scrollTo(n: number): void;
      getScroll(): number;
      setScrollPerc(p: number): void;
      resetScroll(): void;
    }
    interface List extends Element {
      selected: number;
      items: unknown[];
      setItems(items: string[]): void;
      select(i: number): void;
    }
    interface Textbox extends Element {
      value: string;
      setValue(v: string): void;
      clearValue(): void;
      readInput(cb?: (err: unknown, value: string | null) => void): void;
      cancel(): void;
    }
    interface Screen extends Node {
      width: number;
      height: number;
      focused: Element | undefined;
      render(): void;
      append(el: Node): void;
      title: string;
      program: { emit(event: string, ...args: unknown[]): boolean };
    }
    interface ScreenOptions {
      smartCSR?: boolean;
      fullUnicode?: boolean;
      autoPadding?: boolean;
      title?: string;
      terminal?: string;
      warnings?: boolean;
      dockBorders?: boolean;
      input?: NodeJS.ReadableStream;
      output?: NodeJS.WritableStream;
      [k: string]: unknown;
    }
  }
  const blessed: {
    screen(opts?: blessed.ScreenOptions): blessed.Screen;
    box(opts: blessed.ElementOptions): blessed.Element;
    list(opts: blessed.ElementOptions & { items?: string[] }): blessed.List;
    textbox(opts: blessed.ElementOptions): blessed.Textbox;
    escape(text: string): string;
  };
  export default blessed;
}

declare module 'blessed-contrib' {
  import type blessed from 'blessed';
  export interface LineSeries {
    title: string;
    x: string[];
    y: number[];
    style?: { line?: string };
  }
  export interface LineChart extends blessed.Element {
    options: { maxY?: number; [k: string]: unknown };
    setData(data: LineSeries[]): void;
    calcSize(): void;
  }
  const contrib: {
    line(opts: blessed.ElementOptions & {
      showLegend?: boolean;
      legend?: { width?: number };
      xLabelPadding?: number;
      xPadding?: number;
      numYLabels?: number;
      wholeNumbersOnly?: boolean;
      minY?: number;
      maxY?: number;
      abbreviate?: boolean;
      showNthLabel?: number;
    }): LineChart;
  };
  export default contrib;
}
