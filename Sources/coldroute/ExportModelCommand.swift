import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import ColdRouteSiting
import GLPK

/// `coldroute export-model NETWORK --lp F | --mps F`: write the siting MIP for other solvers.
struct ExportModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-model",
        abstract: "Write the siting MIP as CPLEX LP or free MPS, to re-solve it in any other solver.",
        discussion: """
            The model is exactly the one `plan` solves, with the same options.

            Examples:
              coldroute export-model networks/demo-county.json --lp siting.lp
              glpsol --lp siting.lp -o siting.out        (GLPK's own solver)
              coldroute export-model networks/demo-county.json --mps siting.mps --max-new-depots 2
            """
    )

    @Argument(help: "A network JSON file, or a folder of CSV tables.")
    var network: String

    @Option(help: ArgumentHelp("Write CPLEX LP format to this file.", valueName: "file"))
    var lp: String?

    @Option(help: ArgumentHelp("Write free MPS format to this file.", valueName: "file"))
    var mps: String?

    @OptionGroup var siting: SitingArguments

    func validate() throws {
        if lp == nil && mps == nil { throw ValidationError("give --lp FILE or --mps FILE (or both)") }
    }

    func run() throws {
        let loaded = try NetworkLoader.load(network)
        let instance = SitingInstance(network: loaded.network, travel: TravelModel(network: loaded.network))
        let model: SitingModel
        do {
            model = try SitingModel(instance: instance, options: try siting.options())
        } catch let error as SitingError {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        if let lp {
            try AtomicFile.write(try Solver.lpText(model.model), to: lp)
            Console.err("wrote \(lp) (CPLEX LP, \(model.model.variableCount) columns, \(model.model.constraintCount) rows)")
        }
        if let mps {
            try AtomicFile.write(try Solver.mpsText(model.model), to: mps)
            Console.err("wrote \(mps) (free MPS, \(model.model.variableCount) columns, \(model.model.constraintCount) rows)")
        }
    }
}
