/** One thing wrong with one file: what every check of input files (reports, geodata) returns. */
export interface Problem {
  /** Path of the file relative to the project root, e.g. 'geodata/reports/x.json'. */
  file: string;
  /** Field path and what is wrong with it. */
  message: string;
}
