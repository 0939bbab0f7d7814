package vn.motcua.storage.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.motcua.storage.api.ContentType;

/**
 * Where things are under the root: {@code ab/cd/abcd…(64 hex).pdf} for a blob whose SHA-256 starts with {@code abcd}
 * (two levels of 256 directories keep every directory small up to hundreds of millions of files), {@code .tmp/} for
 * uploads in progress and blobs being deleted (same file system, so moves out of it are atomic renames), and
 * {@code .motcua-store-id} naming the store, so that operators can check that every node sees the same one.
 * A file's name is its checksum: the archive can be verified with {@code sha256sum} and no database.
 */
final class BlobLayout {
    static final Pattern KEY = Pattern.compile("([0-9a-f]{64})\\.([a-z]{3,4})");
    static final String TEMP_DIRECTORY = ".tmp";
    static final String STORE_ID_FILE = ".motcua-store-id";
    /** Blobs never change: read-only for the owner, readable by the group (backup agents). */
    static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("r--r-----");
    static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwxr-x---");
    private static final Set<PosixFilePermission> TEMP_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    final Path root;
    final Path temp;
    private final boolean posix;

    BlobLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve(TEMP_DIRECTORY);
        this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the root and temporary directories if needed. */
    void prepare() throws IOException {
        createDirectories(temp);
    }

    static String key(String sha256, ContentType type) {
        return sha256 + "." + type.extension();
    }

    /** The file of a well-formed key; empty for anything else, so that no key can point outside the root. */
    Optional<Path> file(String key) {
        if (key == null || !KEY.matcher(key).matches() || type(key).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key));
    }

    static String sha256(String key) {
        return key.substring(0, 64);
    }

    static Optional<ContentType> type(String key) {
        var m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return ContentType.ofExtension(m.group(2)).filter(t -> t.extension().equals(m.group(2)));
    }

    Path newTempFile(String prefix) throws IOException {
        return posix ? Files.createTempFile(temp, prefix, ".part", PosixFilePermissions.asFileAttribute(TEMP_PERMISSIONS))
            : Files.createTempFile(temp, prefix, ".part");
    }

    void makeReadOnly(Path file) throws IOException {
        if (posix) {
            Files.setPosixFilePermissions(file, FILE_PERMISSIONS);
        }
    }

    /** Creates missing directories, each made durable in its parent. */
    void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS)}
                : new FileAttribute<?>[0];
            Files.createDirectory(dir, attributes);
            if (parent != null) {
                syncDirectory(parent);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            if (!Files.isDirectory(dir)) {
                throw raced;
            }
        }
    }

    /** Makes a rename or a new entry in the directory durable (not every platform can open a directory). */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // directories cannot be synced on this platform; the file itself was synced
        }
    }
}
