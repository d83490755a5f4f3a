extension ComputedProposal {
    /// Service and total payback of this computation under another rule, from the same Tabel 1 series that
    /// `Compute` uses: service payback on the net without Overførsler, total payback on the full net.
    public func payback(by rule: PaybackRule) -> (service: PaybackYears?, total: PaybackYears?) {
        (rule.payback(net: table1.serviceNet, permanent: table1.permanentService),
         rule.payback(net: table1.net, permanent: table1.permanentTotal))
    }
}
