#!/usr/bin/env node
/**
 * The `statement-studio` command (package.json "bin"). It runs as TypeScript straight from
 * the source: Node 24, the engine this project requires (package.json "engines"; installed
 * as node_modules/.bin/node, which npx and npm scripts put first on PATH), strips the types
 * itself, so there is no build step to forget and `npx statement-studio …` always runs the
 * code in the work tree. Everything it imports is erasable TypeScript for that reason.
 */
import { runExportCli } from './export-command.ts';
import { runImportCli } from './import-command.ts';
import { processIo, runCli } from './library-command.ts';

const [command, ...rest] = process.argv.slice(2);
const io = processIo();
process.exitCode = command === 'export' ? await runExportCli(rest, io) : command === 'import' ? await runImportCli(rest, io) : await runCli(process.argv.slice(2), io);
