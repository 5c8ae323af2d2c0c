package eu.topcop.learn.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * What P5Setup wrote for the P5 scenarios ({@code BENCH_P5_SETUP}): the bench LRS client's credentials, the range of
 * generated learners and the modules. Agents and activities are named as the generator's statements name them
 * (Learning: account agents on {@link #HOME}, activities under {@code /xapi/activities/modules/}).
 */
record P5Data(String key, String secret, long firstLearner, long lastLearner, List<Module> modules) {

    static final String HOME = "http://localhost:8115";

    record Module(String code, int lessons) {
        String activity() {
            return HOME + "/xapi/activities/modules/" + code;
        }
    }

    static P5Data load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of(Bench.env("BENCH_P5_SETUP", "bench/work/S/p5.properties")), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Run P5Setup first (bench/run does)", e);
        }
        List<Module> modules = new ArrayList<>();
        for (String module : properties.getProperty("modules").split(",")) {
            String[] parts = module.split(":");
            modules.add(new Module(parts[0], Integer.parseInt(parts[1])));
        }
        return new P5Data(
                properties.getProperty("key"),
                properties.getProperty("secret"),
                Long.parseLong(properties.getProperty("firstLearner")),
                Long.parseLong(properties.getProperty("lastLearner")),
                List.copyOf(modules));
    }

    String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    long learner(Random random) {
        return firstLearner + (long) (random.nextDouble() * (lastLearner - firstLearner + 1));
    }

    Module module(Random random) {
        return modules.get(random.nextInt(modules.size()));
    }

    /** A generated learner as the statements name them: an account agent. */
    String agent(long person) {
        return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"person-" + person
                + "\"}}";
    }
}
