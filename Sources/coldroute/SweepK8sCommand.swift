import ArgumentParser
import ColdRouteIO
import ColdRouteScenario
import ColdRouteSweep
import Foundation

/// `coldroute sweep k8s MANIFEST --out DIR --image IMAGE`: a Kubernetes Indexed Job and a collector Job.
struct SweepK8sCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "k8s",
        abstract: "Write a Kubernetes Indexed Job for a sweep, and a collector Job.",
        discussion: """
            Writes DIR/k8s/sweep-job.yaml: a Job with completionMode: Indexed, completions: N, parallelism: P and backoffLimitPerIndex, whose pods run `coldroute sweep task MANIFEST --out DIR` (the index is JOB_COMPLETION_INDEX) in IMAGE, and DIR/k8s/collect-job.yaml, which runs `coldroute sweep collect DIR`. Every pod mounts the PersistentVolumeClaim --claim (ReadWriteMany) at --mount-path and works there: put the manifest, its networks and scenarios on that volume, and give MANIFEST and DIR relative to it (as here).

            Then:
              kubectl apply -f DIR/k8s/sweep-job.yaml
              kubectl wait --for=condition=complete --timeout=24h job/<name>     # or condition=failed
              kubectl apply -f DIR/k8s/collect-job.yaml

            Exit codes: 0 written; 1 bad manifest.
            """
    )

    @Argument(help: "The sweep manifest (.toml), relative to the volume.")
    var manifest: String

    @Option(help: ArgumentHelp("The sweep's output folder, relative to the volume.", valueName: "dir"))
    var out: String

    @Option(help: "The container image holding coldroute on its PATH.")
    var image: String

    @Option(help: "Pods running at once (default: min(tasks, 100)).")
    var parallelism: Int?

    @Option(help: "The PersistentVolumeClaim shared by all pods.")
    var claim = "coldroute-sweep"

    @Option(name: .customLong("mount-path"), help: "Where pods mount the volume (their working folder).")
    var mountPath = "/sweep"

    @Option(name: .customLong("backoff-limit-per-index"), help: "Retries of a failed index.")
    var backoffLimitPerIndex = 1

    func validate() throws {
        if let parallelism, parallelism < 1 { throw ValidationError("--parallelism must be 1 or more") }
        guard backoffLimitPerIndex >= 0 else { throw ValidationError("--backoff-limit-per-index must be 0 or more") }
        guard !image.isEmpty else { throw ValidationError("--image must name a container image") }
    }

    func run() throws {
        let manifest = try SweepCommand.manifest(manifest)
        let layout = SweepLayout(directory: out)
        try SweepCommand.prepare(layout, manifest)
        let k8s = KubernetesManifest(name: manifest.name, image: image, manifest: manifest.file, directory: out,
                                     tasks: manifest.taskCount, parallelism: parallelism ?? min(manifest.taskCount, 100),
                                     claim: claim, mountPath: mountPath, backoffLimitPerIndex: backoffLimitPerIndex)
        do {
            try FileManager.default.createDirectory(atPath: layout.path("k8s"), withIntermediateDirectories: true)
            try AtomicFile.write(k8s.jobYAML, to: layout.path(KubernetesManifest.jobFile))
            try AtomicFile.write(k8s.collectYAML, to: layout.path(KubernetesManifest.collectFile))
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        if manifest.file.hasPrefix("/") || out.hasPrefix("/") {
            Console.err("note: absolute paths are used as they are inside the pods; relative ones are taken from \(mountPath)")
        }
        Console.err("wrote \(layout.path(KubernetesManifest.jobFile)) (job/\(k8s.jobName), \(manifest.taskCount) indices) and \(layout.path(KubernetesManifest.collectFile))")
    }
}
