/**
 * Lưu trữ tệp đính kèm — attachment storage: the {@link vn.motcua.storage.api.BlobStore} service (content-addressed,
 * checksummed, with size and type limits per upload), and the content sniffing and file-name sanitising every module
 * that takes files from clients uses ({@link vn.motcua.storage.api.ContentSniffer},
 * {@link vn.motcua.storage.api.FileNames}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.motcua.storage.api;
