package vn.motcua.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueTransferService;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.catalogue.api.ImportReport;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

/**
 * Loads the bundled demo catalogue (real procedures of a merged province, see demo/SOURCES.md) into an empty catalogue
 * when {@code vn.motcua.demo enabled=true}. It never touches a catalogue that already has procedures, so it is safe on
 * every restart and on a cluster (the import is one transaction; a node that loses the race gets a conflict and logs it).
 * The import runs on its own thread so it never holds up the framework's start.
 */
@Component(configurationPid = "vn.motcua.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = DemoCatalogueLoader.Config.class)
public class DemoCatalogueLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogueLoader.class);
    static final String RESOURCE = "demo/catalogue.json";
    static final String EFORMS = "demo/eforms.json";

    @ObjectClassDefinition(name = "MotCua demo data")
    public @interface Config {
        /** Import the demo catalogue into an empty database. */
        boolean enabled() default false;
    }

    @Reference
    CatalogueTransferService transfer;

    @Reference
    ProcedureService procedures;

    @Reference
    EFormService eforms;

    private ExecutorService worker;

    @Activate
    void activate(Config config) {
        if (!config.enabled()) {
            LOG.info("Demo data disabled (vn.motcua.demo enabled=false)");
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "motcua-demo-loader"));
        worker.submit(this::loadIfEmpty);
    }

    @Deactivate
    void deactivate() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void loadIfEmpty() {
        try {
            long existing = procedures.count();
            if (existing > 0) {
                LOG.info("Catalogue already has {} procedures; demo data not loaded", existing);
                return;
            }
            ImportReport report = transfer.importDocument(read(), false);
            LOG.info("Demo catalogue loaded: {}", report);
            CallerContext.callAs(Caller.system("demo"), () -> {
                readEForms().forEach((code, form) -> {
                    if (eforms.find(code).isEmpty()) {
                        eforms.publish(code, form);
                    }
                });
                return null;
            });
            LOG.info("Demo e-forms published: {}", readEForms().keySet());
        } catch (RuntimeException e) {
            LOG.error("Demo catalogue could not be loaded", e);
        }
    }

    /** Example e-forms (biểu mẫu điện tử) of some demo procedures, by procedure code. */
    static Map<String, EFormInput> readEForms() {
        try (InputStream in = resource(EFORMS).openStream()) {
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(in, new TypeReference<LinkedHashMap<String, EFormInput>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("demo e-forms unreadable", e);
        }
    }

    private static URL resource(String name) {
        URL url = DemoCatalogueLoader.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the demo bundle");
        }
        return url;
    }

    static CatalogueDocument read() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = resource(RESOURCE).openStream()) {
            return mapper.readValue(in, CatalogueDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo catalogue unreadable", e);
        }
    }
}
