package com.mediapatch.security.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Architecture rules against SQL and JPQL built from strings. ArchUnit cannot see argument
 * values, so the rules work on what it can see: no plain JDBC statements at all, no ad-hoc
 * JPQL or native queries outside an allowlist, and no method that both builds a string
 * (StringBuilder, String.format/concat/join, or the {@code +} operator, which javac compiles to
 * an invokedynamic into StringConcatFactory) and hands a string to a query method.
 */
final class SqlRules {

    /** Types whose String-taking methods run SQL or JPQL. */
    private static final List<Class<?>> QUERY_TYPES = List.of(org.springframework.jdbc.core.JdbcOperations.class,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations.class,
            org.springframework.jdbc.core.simple.JdbcClient.class, jakarta.persistence.EntityManager.class,
            java.sql.Statement.class, java.sql.Connection.class);

    /** "Owner.method" allowed to build a string and query in the same method, with the reason. */
    static final Map<String, String> ALLOWED_STRING_BUILDING = Map.ofEntries(
            Map.entry("Authorities.of", "concatenates authority names (\"ROLE_\" + role); its queries are constants with ? parameters"),
            Map.entry("AuditEntries.page", "appends constant filter fragments for the filters given; every value is a ? parameter"),
            Map.entry("AccountDirectory.search", "appends the constant fragments of an enum filter and of the seek direction; every value is a ? parameter"),
            Map.entry("Resealer.forEachValue", "table and column names come from SealedColumn code constants checked against [a-z][a-z0-9_]*"),
            Map.entry("Resealer.reseal", "table and column names come from SealedColumn code constants checked against [a-z][a-z0-9_]*"),
            Map.entry("CaseFile.open", "builds the open-target key, a ? parameter; its SQL joins constants only"),
            Map.entry("CaseFile.openFor", "builds the open-target key, a ? parameter; its SQL joins constants only"),
            Map.entry("MessageStore.replace", "builds the sealed version reference, a ? parameter; its SQL is constant"),
            Map.entry("Directory.page", "joins the constant fragments of the filters given (Directory.Filter); every value is a named parameter"),
            Map.entry("Directory.count", "joins the constant fragments of the filters given (Directory.Filter); every value is a named parameter"),
            Map.entry("Directory.rarestWord", "appends % to a typed word (letters and digits only), passed as a ? parameter; its SQL is constant"));

    /** "Owner.method" allowed to create JPQL or native queries from a String. */
    static final Set<String> ALLOWED_AD_HOC_QUERIES = Set.of();

    private SqlRules() {
    }

    static ArchRule noPlainJdbcStatements() {
        return noClasses().should().callMethodWhere(new DescribedPredicate<JavaCall<?>>("use a plain java.sql.Statement") {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTargetOwner().isAssignableTo(java.sql.Statement.class)
                        && !call.getTargetOwner().isAssignableTo(java.sql.PreparedStatement.class)
                        || call.getTargetOwner().isAssignableTo(java.sql.Connection.class)
                        && call.getName().equals("createStatement");
            }
        }).because("a Statement runs whatever string it is given; use a PreparedStatement or JdbcTemplate with parameters");
    }

    static ArchRule noAdHocJpqlOrNativeQueries() {
        return noClasses().should().callMethodWhere(new DescribedPredicate<JavaCall<?>>("create JPQL or native queries from a String") {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTargetOwner().isAssignableTo(jakarta.persistence.EntityManager.class)
                        && (call.getName().equals("createNativeQuery") || call.getName().equals("createQuery")
                                && takesString(call))
                        && !ALLOWED_AD_HOC_QUERIES.contains(where(call.getOrigin()));
            }
        }).because("queries belong in repository methods or @Query annotations, whose text is a compile-time constant");
    }

    static ArchRule noQueriesBuiltFromStrings() {
        return codeUnits().should(new ArchCondition<>("not build a string and pass a string to a query method") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaCall<?>> queries = unit.getCallsFromSelf().stream().filter(SqlRules::isQueryWithString).toList();
                if (!queries.isEmpty() && buildsStrings(unit) && !ALLOWED_STRING_BUILDING.containsKey(where(unit))) {
                    events.add(SimpleConditionEvent.violated(unit, where(unit) + " builds a string and passes a string to "
                            + queries.get(0).getTarget().getFullName()));
                }
            }
        });
    }

    private static boolean isQueryWithString(JavaCall<?> call) {
        return takesString(call) && QUERY_TYPES.stream().anyMatch(type -> call.getTargetOwner().isAssignableTo(type));
    }

    private static boolean takesString(JavaCall<?> call) {
        var parameters = call.getTarget().getRawParameterTypes();
        return !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
    }

    private static boolean buildsStrings(JavaCodeUnit unit) {
        boolean builder = unit.getMethodCallsFromSelf().stream().anyMatch(call -> {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            return (owner.isEquivalentTo(StringBuilder.class) || owner.isEquivalentTo(StringBuffer.class))
                    && (name.equals("append") || name.equals("insert"))
                    || owner.isEquivalentTo(String.class) && Set.of("concat", "format", "formatted", "join").contains(name);
        });
        return builder || concatenatingMethods(unit.getOwner()).contains(unit.getName());
    }

    /** Names of the methods of a class whose bytecode uses the {@code +} operator on strings. */
    private static Set<String> concatenatingMethods(JavaClass type) {
        Set<String> names = new HashSet<>();
        String file = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = SqlRules.class.getResourceAsStream(file)) {
            if (in == null) {
                return names;
            }
            new ClassReader(in).accept(new ClassVisitor(SpringAsmInfo.ASM_VERSION) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {
                        @Override
                        public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
                                Object... arguments) {
                            if (bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
                                names.add(name);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String where(JavaCodeUnit unit) {
        return unit.getOwner().getSimpleName() + "." + unit.getName();
    }
}
