package eu.topcop.learn;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.security.Authenticated;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The lines the code base holds: platform knows no feature; every route says who may use it; no entity leaks. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.topcop.learn");

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private static final List<Class<? extends java.lang.annotation.Annotation>> SECURITY =
            List.of(RolesAllowed.class, Authenticated.class, PermitAll.class, DenyAll.class);

    private static final DescribedPredicate<JavaMethod> RESOURCE_METHOD = DescribedPredicate.describe(
            "resource methods", m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));

    @Test
    void platformShouldDependOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("eu.topcop.learn.platform..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "a feature package",
                        (JavaClass c) -> c.getPackageName().startsWith("eu.topcop.learn.")
                                && !c.getPackageName().startsWith("eu.topcop.learn.platform")))
                .check(MAIN);
    }

    @Test
    void everyResourceMethodShouldDeclareItsSecurity() {
        methods()
                .that(RESOURCE_METHOD)
                .should(declareSecurity())
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void noJsonResourceShouldReturnAnEntity() {
        methods()
                .that(RESOURCE_METHOD)
                .should(notReturnEntities())
                .allowEmptyShould(false)
                .check(MAIN);
    }

    private static ArchCondition<JavaMethod> declareSecurity() {
        return new ArchCondition<>("declare @RolesAllowed, @Authenticated, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = SECURITY.stream()
                        .anyMatch(a ->
                                method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                events.add(new SimpleConditionEvent(method, declared, method.getFullName() + " declares no security"));
            }
        };
    }

    private static ArchCondition<JavaMethod> notReturnEntities() {
        return new ArchCondition<>("not return JPA entities") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Type type = method.reflect().getGenericReturnType();
                boolean leaks = mentionsEntity(type, new java.util.HashSet<>());
                events.add(new SimpleConditionEvent(method, !leaks, method.getFullName() + " returns an entity"));
            }
        };
    }

    private static boolean mentionsEntity(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof Class<?> c) {
            return c.isAnnotationPresent(Entity.class);
        }
        if (type instanceof ParameterizedType p) {
            if (mentionsEntity(p.getRawType(), seen)) {
                return true;
            }
            for (Type argument : p.getActualTypeArguments()) {
                if (mentionsEntity(argument, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void shouldCatchAnUnsecuredResourceMethod() {
        JavaClasses probe = new ClassFileImporter().importClasses(Unsecured.class);
        org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class,
                () -> methods().that(RESOURCE_METHOD).should(declareSecurity()).check(probe));
    }

    @jakarta.ws.rs.Path("/unsecured")
    static class Unsecured {
        @GET
        public String open() {
            return "";
        }
    }
}
