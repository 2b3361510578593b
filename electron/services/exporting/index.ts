export { createExportClient, defaultExportWorkerUrl, type ExportClient } from './export-client.ts';
export { createExportService, exportFileName, type ExportDialogs, type ExportService, type ExportedFile } from './export-service.ts';
export { renderExport } from './render-export.ts';
