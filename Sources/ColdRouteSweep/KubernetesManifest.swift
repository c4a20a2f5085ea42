import Foundation

/// A Kubernetes Indexed Job for a sweep, and a collector Job.
///
/// The sweep Job has `completionMode: Indexed`, `completions: N` and `parallelism: K`; each pod
/// runs `coldroute sweep task MANIFEST --out DIR`, which takes its index from
/// `JOB_COMPLETION_INDEX` (0-based). `backoffLimitPerIndex` retries a failed index on its own
/// (a task that wrote a failure record exits non-zero). Every pod mounts one shared volume
/// (a ReadWriteMany PersistentVolumeClaim) at `mountPath`, which holds the manifest, the networks
/// and `DIR`; MANIFEST and DIR are given relative to it (`workingDir`). Kubernetes has no job
/// dependencies: apply the collector Job after `kubectl wait --for=condition=complete` (or
/// `failed`) on the sweep Job.
public struct KubernetesManifest: Sendable {
    public static let jobFile = "k8s/sweep-job.yaml"
    public static let collectFile = "k8s/collect-job.yaml"

    public var name: String
    public var image: String
    public var manifest: String
    public var directory: String
    public var tasks: Int
    public var parallelism: Int
    public var claim: String
    public var mountPath: String
    public var backoffLimitPerIndex: Int
    public var cpu: String
    public var memory: String

    public init(name: String, image: String, manifest: String, directory: String, tasks: Int, parallelism: Int,
                claim: String = "coldroute-sweep", mountPath: String = "/sweep", backoffLimitPerIndex: Int = 1,
                cpu: String = "1", memory: String = "1Gi") {
        self.name = name
        self.image = image
        self.manifest = manifest
        self.directory = directory
        self.tasks = tasks
        self.parallelism = parallelism
        self.claim = claim
        self.mountPath = mountPath
        self.backoffLimitPerIndex = backoffLimitPerIndex
        self.cpu = cpu
        self.memory = memory
    }

    /// A DNS-1123 name from the sweep's name.
    public var jobName: String {
        let lowered = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let trimmed = String(lowered).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return String(("coldroute-sweep-" + (trimmed.isEmpty ? "run" : trimmed)).prefix(52))
    }

    func pod(_ args: [String], indexed: Bool) -> String {
        """
              restartPolicy: Never
              containers:
              - name: coldroute
                image: \(q(image))
                workingDir: \(q(mountPath))
                command: ["coldroute"]
                args: [\(args.map(q).joined(separator: ", "))]
                resources:
                  requests: {cpu: \(q(cpu)), memory: \(q(memory))}
                  limits: {cpu: \(q(cpu)), memory: \(q(memory))}
                volumeMounts:
                - {name: sweep, mountPath: \(q(mountPath))}
              volumes:
              - name: sweep
                persistentVolumeClaim: {claimName: \(q(claim))}
        """
    }

    public var jobYAML: String {
        """
        # A ColdRoute sweep as a Kubernetes Indexed Job: one pod per task index (docs/sweeps.md).
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: \(jobName)
          labels: {app: coldroute-sweep}
        spec:
          completionMode: Indexed
          completions: \(tasks)
          parallelism: \(parallelism)
          backoffLimitPerIndex: \(backoffLimitPerIndex)
          maxFailedIndexes: \(tasks)
          template:
            metadata:
              labels: {app: coldroute-sweep}
            spec:
        \(pod(["sweep", "task", manifest, "--out", directory], indexed: true))

        """
    }

    public var collectYAML: String {
        """
        # Collects the sweep; apply after: kubectl wait --for=condition=complete job/\(jobName) (or condition=failed).
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: \(jobName)-collect
          labels: {app: coldroute-sweep}
        spec:
          completions: 1
          backoffLimit: 0
          template:
            metadata:
              labels: {app: coldroute-sweep}
            spec:
        \(pod(["sweep", "collect", directory], indexed: false))

        """
    }

    /// A YAML double-quoted scalar.
    func q(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
