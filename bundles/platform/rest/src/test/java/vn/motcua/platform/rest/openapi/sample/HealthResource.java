package vn.motcua.platform.rest.openapi.sample;

/** No JAX-RS annotation here: everything comes from {@link HealthApi}. */
public class HealthResource implements HealthApi {
    @Override
    public HealthDto health() {
        return new HealthDto("UP");
    }
}
