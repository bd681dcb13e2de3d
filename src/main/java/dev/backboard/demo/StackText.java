package dev.backboard.demo;

import java.util.ArrayList;
import java.util.List;

import dev.backboard.demo.StackFamily.Stack;

/**
 * The stack section of a description, written in one of three ways: a one-line "Our
 * stack:", a list by layer, or a short paragraph. Each names every required technology
 * once.
 */
final class StackText {

	private StackText() {
	}

	static void oneLiner(Stack stack, StringBuilder text) {
		List<Tech> core = new ArrayList<>(stack.ofKind(Tech.Kind.LANGUAGE));
		core.addAll(stack.ofKind(Tech.Kind.FRAMEWORK));
		core.addAll(stack.ofKind(Tech.Kind.DATASTORE));
		core.addAll(stack.ofKind(Tech.Kind.MESSAGING));
		core.addAll(stack.ofKind(Tech.Kind.DATA));
		text.append("Our stack: ").append(and(core)).append(runtime(stack)).append('.');
		List<Tech> others = others(stack);
		if (!others.isEmpty()) {
			text.append(" Day to day you will also work with ").append(and(others)).append('.');
		}
	}

	static void bullets(Stack stack, StringBuilder text) {
		List<Tech> languages = stack.ofKind(Tech.Kind.LANGUAGE);
		List<Tech> frameworks = stack.ofKind(Tech.Kind.FRAMEWORK);
		List<Tech> code = new ArrayList<>(languages);
		code.addAll(frameworks);
		line(text, frameworks.isEmpty() ? "Languages" : "Languages and frameworks", code);
		List<Tech> data = new ArrayList<>(stack.ofKind(Tech.Kind.DATASTORE));
		data.addAll(stack.ofKind(Tech.Kind.DATA));
		line(text, "Data", data);
		line(text, "Messaging", stack.ofKind(Tech.Kind.MESSAGING));
		List<Tech> infrastructure = stack.ofKind(Tech.Kind.INFRASTRUCTURE);
		List<Tech> clouds = stack.ofKind(Tech.Kind.CLOUD);
		if (!infrastructure.isEmpty() || !clouds.isEmpty()) {
			text.append("- **Infrastructure:** ");
			if (infrastructure.isEmpty()) {
				text.append(join(clouds));
			}
			else {
				text.append(join(infrastructure)).append(clouds.isEmpty() ? "" : " on " + and(clouds));
			}
			text.append('\n');
		}
		line(text, "Observability", stack.ofKind(Tech.Kind.OBSERVABILITY));
		List<Tech> practice = new ArrayList<>(stack.ofKind(Tech.Kind.TOOLING));
		practice.addAll(stack.ofKind(Tech.Kind.PRACTICE));
		line(text, "How we build", practice);
	}

	static void prose(Stack stack, StringBuilder text) {
		String things = switch (stack.family().role()) {
			case BACKEND -> "services";
			case DATA -> "pipelines";
			case OPERATIONS -> "tools";
		};
		List<Tech> frameworks = stack.ofKind(Tech.Kind.FRAMEWORK);
		text.append("Our ")
			.append(things)
			.append(" are written in ")
			.append(and(stack.ofKind(Tech.Kind.LANGUAGE)))
			.append(frameworks.isEmpty() ? "" : " with " + and(frameworks))
			.append(". ");
		List<Tech> stores = stack.ofKind(Tech.Kind.DATASTORE);
		List<Tech> messaging = stack.ofKind(Tech.Kind.MESSAGING);
		if (!stores.isEmpty()) {
			text.append("Data lives in ").append(and(stores));
			text.append(messaging.isEmpty() ? ". " : ", and events flow through " + and(messaging) + ". ");
		}
		else if (!messaging.isEmpty()) {
			text.append("Events flow through ").append(and(messaging)).append(". ");
		}
		List<Tech> pipelines = stack.ofKind(Tech.Kind.DATA);
		if (!pipelines.isEmpty()) {
			text.append("Pipelines are built with ").append(and(pipelines)).append(". ");
		}
		String runtime = runtime(stack);
		if (!runtime.isEmpty()) {
			text.append("Everything runs").append(runtime).append(". ");
		}
		List<Tech> observability = stack.ofKind(Tech.Kind.OBSERVABILITY);
		if (!observability.isEmpty()) {
			text.append("We watch production with ").append(and(observability)).append(". ");
		}
		List<Tech> practice = new ArrayList<>(stack.ofKind(Tech.Kind.TOOLING));
		practice.addAll(stack.ofKind(Tech.Kind.PRACTICE));
		if (!practice.isEmpty()) {
			text.append("Expect to work with ").append(and(practice)).append('.');
		}
	}

	/** " running on Kubernetes and Docker in AWS", or "" when neither is given. */
	private static String runtime(Stack stack) {
		List<Tech> infrastructure = stack.ofKind(Tech.Kind.INFRASTRUCTURE);
		List<Tech> clouds = stack.ofKind(Tech.Kind.CLOUD);
		if (clouds.isEmpty()) {
			return infrastructure.isEmpty() ? "" : " on " + and(infrastructure);
		}
		return infrastructure.isEmpty() ? " in " + and(clouds) : " on " + and(infrastructure) + " in " + and(clouds);
	}

	private static List<Tech> others(Stack stack) {
		List<Tech> others = new ArrayList<>(stack.ofKind(Tech.Kind.OBSERVABILITY));
		others.addAll(stack.ofKind(Tech.Kind.TOOLING));
		others.addAll(stack.ofKind(Tech.Kind.PRACTICE));
		return others;
	}

	private static void line(StringBuilder text, String label, List<Tech> techs) {
		if (!techs.isEmpty()) {
			text.append("- **").append(label).append(":** ").append(join(techs)).append('\n');
		}
	}

	private static String join(List<Tech> techs) {
		return String.join(", ", techs.stream().map(Tech::label).toList());
	}

	/** "Go, PostgreSQL and Kafka". */
	static String and(List<Tech> techs) {
		return list(techs, " and ");
	}

	/** "Java or Kotlin". */
	static String or(List<Tech> techs) {
		return list(techs, " or ");
	}

	private static String list(List<Tech> techs, String last) {
		List<String> labels = techs.stream().map(Tech::label).toList();
		if (labels.size() == 1) {
			return labels.get(0);
		}
		return String.join(", ", labels.subList(0, labels.size() - 1)) + last + labels.get(labels.size() - 1);
	}

}
