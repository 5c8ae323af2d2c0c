package eu.topcop.learn.content;

/** One thing wrong in content/, where it is: {@code content/drugs/modules/x/quiz.yaml:42: what is wrong}. */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
