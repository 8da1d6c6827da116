export type TableFigure = {}; export function figuresFromTables() { return {}; }
