package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

/** Operators remove and re-add a capability at run time; its data stays in the database. */
public class FeatureLifecycleIT extends MotCuaTestSupport {

    @Inject
    private FeaturesService features;

    @Test
    public void catalogueFeatureCanBeUninstalledAndReinstalledWithoutLosingData() throws Exception {
        awaitApi();
        token = operatorToken();
        String sector = "LC-" + unique();
        putJson("/sectors/" + sector, "{\"code\":\"" + sector + "\",\"nameVi\":\"Lĩnh vực vòng đời\"}").expect(200);
        token = null; // the rest reads anonymously: identity goes away with the umbrella feature too

        EnumSet<FeaturesService.Option> quiet = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
        for (String f : new String[] {"motcua-demo", "motcua", "motcua-catalogue"}) {
            if (features.isInstalled(features.getFeature(f))) {
                features.uninstallFeature(f, EnumSet.noneOf(FeaturesService.Option.class));
            }
        }
        assertFalse(features.isInstalled(features.getFeature("motcua-catalogue")));
        assertTrue("the platform stays", features.isInstalled(features.getFeature("motcua-platform")));
        await("catalogue resources to disappear", Duration.ofSeconds(60), () -> statusOf("/sectors") == 404);
        // the platform itself stays installed and serving
        await("the platform to serve", Duration.ofSeconds(30), () -> statusOf("/health") == 200);
        assertEquals(404, get("/sectors").status());

        // while the capability comes back the server is rebuilt; clients calling the platform meanwhile are answered
        AtomicBoolean polling = new AtomicBoolean(true);
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                answers.add(statusOf("/health"));
            }
        }, "health-poller");
        poller.start();
        features.installFeature("motcua-catalogue", quiet);
        assertTrue(features.isInstalled(features.getFeature("motcua-catalogue")));
        await("catalogue resources to come back", Duration.ofSeconds(120), () -> statusOf("/sectors") == 200);
        Thread.sleep(2000);
        polling.set(false);
        poller.join();
        List<Integer> other = answers.stream().filter(status -> status != 200).toList();
        assertTrue("health answered " + answers.size() + " times during the hot deploy; not 200: " + other,
            answers.size() > 10 && other.isEmpty());
        assertEquals("Lĩnh vực vòng đời", get("/sectors/" + sector).expect(200).json().get("nameVi").asText());
    }

    /** The status, or -1 while the server is briefly unreachable (it is rebuilt as resources go and come). */
    private static int statusOf(String path) {
        try {
            return get(path).status();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
