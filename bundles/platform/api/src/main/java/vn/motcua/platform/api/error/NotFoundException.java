package vn.motcua.platform.api.error;

/** The addressed thing does not exist (HTTP 404). */
public class NotFoundException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String kindVi, String kindEn, String key) {
        super("not-found", "Không tìm thấy " + kindVi + " '" + key + "'", kindEn + " '" + key + "' not found");
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
