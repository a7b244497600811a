<#
.SYNOPSIS
Compiles the markdown help sources under docs/help into the module's MAML help file.

.DESCRIPTION
Each exported cmdlet has one source, docs/help/<Verb-Noun>.md, that holds what only a person
can write: synopsis, description, examples, a description of every parameter, inputs,
outputs, notes and related links. Everything the code already knows is read from the
imported module instead, so it cannot drift from it: parameter sets and syntax, types,
mandatory, position, pipeline input, aliases, accepted values (ValidateSet), valid ranges
(ValidateRange) and default values (read from a new instance of the cmdlet class; a
'Default value:' line in the source overrides one that needs words, such as "the
runspace's default session").

The script writes <OutputPath>/InnerSpace.dll-Help.xml and copies every about_*.help.txt
of the source folder next to it. A cmdlet without a source, or a parameter without a
description, is a warning here and a failure of tests/Pester/Help.Tests.ps1; a documented
parameter the cmdlet does not have is a warning too.

Run it in a fresh process (build.ps1 does), since it imports the module it documents.

Source layout (see any docs/help/*.md):

    # Verb-Noun
    ## SYNOPSIS          one paragraph
    ## DESCRIPTION       paragraphs; lines starting '- ' are list items
    ## EXAMPLES          '### Example N: title', a ```powershell block, then remarks
    ## PARAMETERS        '### -Name', paragraphs, optionally 'Default value: text'
    ## INPUTS            '### Type.Name', then what it is
    ## OUTPUTS           '### Type.Name', then what it is
    ## NOTES             paragraphs
    ## RELATED LINKS     '- Name' or '- [Name](https://...)'
#>
[CmdletBinding()]
param(
    # The staged module manifest, such as out/InnerSpace/InnerSpace.psd1.
    [Parameter(Mandatory)]
    [string] $ModuleManifest,

    # The folder of the markdown sources and about_*.help.txt topics.
    [Parameter(Mandatory)]
    [string] $SourcePath,

    # The culture folder to write to, such as out/InnerSpace/en-US.
    [Parameter(Mandatory)]
    [string] $OutputPath
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$MamlNamespace = 'http://schemas.microsoft.com/maml/2004/10'
$CommandNamespace = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$DevNamespace = 'http://schemas.microsoft.com/maml/dev/2004/10'

$CommonParameterNames = [System.Management.Automation.PSCmdlet]::CommonParameters +
    [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

function ConvertFrom-HelpMarkdown {
    # Splits a source into its sections: ## headings, and ### headings inside them.
    param([Parameter(Mandatory)] [string] $Path)

    $help = New-HelpSource
    $help.Found = $true
    $section = $null
    $entry = $null
    $inCode = $false

    foreach ($line in (Get-Content -LiteralPath $Path -Encoding utf8)) {
        if ($inCode) {
            if ($line -match '^```\s*$') { $inCode = $false } else { $entry.Code += $line }
            continue
        }

        if ($line -match '^##\s+(.+?)\s*$' -and $line -notmatch '^###') {
            $section = $Matches[1].ToUpperInvariant()
            $entry = $null
            continue
        }

        if ($line -match '^###\s+(.+?)\s*$') {
            $title = $Matches[1]
            $entry = @{ Title = $title; Code = @(); Lines = @() }
            switch ($section) {
                'EXAMPLES' { $help.Examples += $entry }
                'PARAMETERS' { $help.Parameters[$title.TrimStart('-')] = $entry }
                'INPUTS' { $help.Inputs += $entry }
                'OUTPUTS' { $help.Outputs += $entry }
            }
            continue
        }

        if ($line -match '^```') {
            if ($null -eq $entry) { throw "$Path has a code block outside an example." }
            $inCode = $true
            continue
        }

        switch ($section) {
            'SYNOPSIS' { $help.Synopsis += $line }
            'DESCRIPTION' { $help.Description += $line }
            'NOTES' { $help.Notes += $line }
            'RELATED LINKS' { $help.Links += $line }
            default { if ($null -ne $entry) { $entry.Lines += $line } }
        }
    }

    $help
}

function ConvertTo-Paragraph {
    # Joins wrapped lines into paragraphs; a '- ' line starts a list item of its own.
    param([string[]] $Lines = @())

    $paragraphs = [System.Collections.Generic.List[string]]::new()
    $current = $null
    foreach ($line in $Lines) {
        if ($line -match '^\s*$') {
            if ($null -ne $current) { $paragraphs.Add($current) }
            $current = $null
        }
        elseif ($line -match '^-\s+' -or $null -eq $current) {
            if ($null -ne $current) { $paragraphs.Add($current) }
            $current = $line.Trim()
        }
        else {
            $current += ' ' + $line.Trim()
        }
    }

    if ($null -ne $current) { $paragraphs.Add($current) }

    # Markdown emphasis and code spans read as noise in a console.
    $paragraphs | ForEach-Object { $_ -replace '`([^`]+)`', '$1' -replace '\*\*([^*]+)\*\*', '$1' }
}

function Get-ParameterFact {
    # What the code says about one parameter, over all the parameter sets it is in.
    param(
        [Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command,
        [Parameter(Mandatory)] [System.Management.Automation.ParameterMetadata] $Parameter,
        [object] $Instance
    )

    $inSets = @($Command.ParameterSets | Where-Object { $_.Parameters.Name -contains $Parameter.Name })
    $perSet = @($inSets | ForEach-Object { $_.Parameters | Where-Object Name -EQ $Parameter.Name })
    $positions = @($perSet.Position | Sort-Object -Unique)

    $pipeline = @()
    if ($perSet.ValueFromPipeline -contains $true) { $pipeline += 'ByValue' }
    if ($perSet.ValueFromPipelineByPropertyName -contains $true) { $pipeline += 'ByPropertyName' }

    $validateSet = $Parameter.Attributes | Where-Object { $_ -is [ValidateSet] } | Select-Object -First 1
    $validateRange = $Parameter.Attributes | Where-Object { $_ -is [ValidateRange] } | Select-Object -First 1
    $allSets = $inSets.Count -eq $Command.ParameterSets.Count

    # Kept in variables: an empty array returned by an if statement would become $null.
    $accepted = @(if ($validateSet) { $validateSet.ValidValues })
    $setNames = @(if (-not $allSets) { $inSets.Name })

    [pscustomobject]@{
        Name           = $Parameter.Name
        Type           = $Parameter.ParameterType
        IsSwitch       = $Parameter.SwitchParameter
        Required       = ($perSet.IsMandatory -notcontains $false)
        Position       = if ($positions.Count -eq 1 -and $positions[0] -ge 0) { "$($positions[0])" } else { 'named' }
        PipelineInput  = if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }
        Aliases        = if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }
        AcceptedValues = $accepted
        Range          = Get-RangeText $validateRange
        Sets           = $setNames
        Default        = if ($perSet.IsMandatory -notcontains $false) { 'None' }
                         else { Get-DefaultText -Instance $Instance -Parameter $Parameter }
    }
}

function Get-RangeText {
    # "1 to 32", or "at least 1" when the top is only the type's own limit.
    param([ValidateRange] $Range)

    if ($null -eq $Range) { return $null }

    $top = $Range.MaxRange
    $limit = $top.GetType().GetField('MaxValue').GetValue($null)
    if ($top -eq $limit) { "at least $($Range.MinRange)" } else { "$($Range.MinRange) to $top" }
}

function Get-DefaultText {
    # The value a new instance of the cmdlet holds, as text; "None" when it holds nothing.
    param([object] $Instance, [System.Management.Automation.ParameterMetadata] $Parameter)

    if ($Parameter.SwitchParameter) { return 'False' }

    $property = if ($Instance) { $Instance.GetType().GetProperty($Parameter.Name) } else { $null }
    if ($null -eq $property) { return 'None' }

    $value = $property.GetValue($Instance)
    if ($null -eq $value -or ($value -is [array] -and $value.Length -eq 0) -or "$value" -eq '') {
        return 'None'
    }

    [System.Convert]::ToString($value, [cultureinfo]::InvariantCulture)
}

function Get-TypeLabel {
    # A short type name as Get-Help shows it: Int32[], PSCredential, SwitchParameter.
    param([Parameter(Mandatory)] [type] $Type)

    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { $underlying.Name } else { $Type.Name }
}

function Write-Para {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraphs)

    foreach ($paragraph in $Paragraphs) {
        $Writer.WriteElementString('maml', 'para', $MamlNamespace, $paragraph)
    }
}

function Write-Description {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraphs)

    $Writer.WriteStartElement('maml', 'description', $MamlNamespace)
    Write-Para $Writer $Paragraphs
    $Writer.WriteEndElement()
}

function Write-DevType {
    param([System.Xml.XmlWriter] $Writer, [string] $Name)

    $Writer.WriteStartElement('dev', 'type', $DevNamespace)
    $Writer.WriteElementString('maml', 'name', $MamlNamespace, $Name)
    $Writer.WriteElementString('maml', 'uri', $MamlNamespace, '')
    $Writer.WriteEndElement()
}

function Write-Parameter {
    # One command:parameter, as the syntax and the parameters sections both use it.
    param(
        [System.Xml.XmlWriter] $Writer,
        [pscustomobject] $Fact,
        [string[]] $Paragraphs,
        [bool] $Required,
        [string] $Position,
        [switch] $InSyntax
    )

    $Writer.WriteStartElement('command', 'parameter', $CommandNamespace)
    $Writer.WriteAttributeString('required', $Required.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', $Fact.Type.IsArray.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', $Fact.PipelineInput)
    $Writer.WriteAttributeString('position', $Position)
    $Writer.WriteAttributeString('aliases', $Fact.Aliases)
    $Writer.WriteElementString('maml', 'name', $MamlNamespace, $Fact.Name)
    Write-Description $Writer $Paragraphs

    if ($InSyntax -and $Fact.AcceptedValues.Count) {
        $Writer.WriteStartElement('command', 'parameterValueGroup', $CommandNamespace)
        foreach ($value in $Fact.AcceptedValues) {
            $Writer.WriteStartElement('command', 'parameterValue', $CommandNamespace)
            $Writer.WriteAttributeString('required', 'false')
            $Writer.WriteAttributeString('variableLength', 'false')
            $Writer.WriteString($value)
            $Writer.WriteEndElement()
        }

        $Writer.WriteEndElement()
    }
    elseif (-not $Fact.IsSwitch) {
        $Writer.WriteStartElement('command', 'parameterValue', $CommandNamespace)
        $Writer.WriteAttributeString('required', 'true')
        $Writer.WriteAttributeString('variableLength', $Fact.Type.IsArray.ToString().ToLowerInvariant())
        $Writer.WriteString((Get-TypeLabel $Fact.Type))
        $Writer.WriteEndElement()
    }

    $nullable = [Nullable]::GetUnderlyingType($Fact.Type)
    Write-DevType $Writer $(if ($nullable) { $nullable.FullName } else { $Fact.Type.FullName })
    $Writer.WriteElementString('dev', 'defaultValue', $DevNamespace, $Fact.Default)
    $Writer.WriteEndElement()
}

function Get-ParameterParagraph {
    # The source's words for a parameter, then what the code adds: values, range, sets.
    param([pscustomobject] $Fact, [hashtable] $Source)

    $lines = if ($Source) { @($Source.Lines) } else { @() }
    $paragraphs = @(ConvertTo-Paragraph ($lines | Where-Object { $_ -notmatch '^Default value:' }))

    if ($Fact.AcceptedValues.Count) { $paragraphs += "Accepted values: $($Fact.AcceptedValues -join ', ')." }
    if ($Fact.Range) { $paragraphs += "Valid range: $($Fact.Range)." }
    if ($Fact.Sets.Count) { $paragraphs += "Parameter sets: $($Fact.Sets -join ', ')." }
    $paragraphs
}

function Write-Syntax {
    # One syntax item per parameter set, the default set first; positional parameters in
    # order of position, then mandatory ones, then the rest.
    param([System.Xml.XmlWriter] $Writer, $Command, [hashtable] $Facts)

    $Writer.WriteStartElement('command', 'syntax', $CommandNamespace)
    $sets = @($Command.ParameterSets | Sort-Object { -not $_.IsDefault })
    foreach ($set in $sets) {
        $Writer.WriteStartElement('command', 'syntaxItem', $CommandNamespace)
        $Writer.WriteElementString('maml', 'name', $MamlNamespace, $Command.Name)

        $members = @($set.Parameters | Where-Object { $CommonParameterNames -notcontains $_.Name } |
            Sort-Object { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } },
                { -not $_.IsMandatory })
        foreach ($member in $members) {
            $position = if ($member.Position -ge 0) { "$($member.Position)" } else { 'named' }
            Write-Parameter $Writer $Facts[$member.Name] @() $member.IsMandatory $position -InSyntax
        }

        $Writer.WriteEndElement()
    }

    $Writer.WriteEndElement()
}

function Write-TypeList {
    # INPUTS or OUTPUTS: each '### Type.Name' with its explanation.
    param([System.Xml.XmlWriter] $Writer, [string] $ListName, [string] $ItemName, $Entries)

    $Writer.WriteStartElement('command', $ListName, $CommandNamespace)
    foreach ($entry in $Entries) {
        $Writer.WriteStartElement('command', $ItemName, $CommandNamespace)
        Write-DevType $Writer $entry.Title
        Write-Description $Writer (ConvertTo-Paragraph $entry.Lines)
        $Writer.WriteEndElement()
    }

    $Writer.WriteEndElement()
}

function Write-Example {
    param([System.Xml.XmlWriter] $Writer, $Examples)

    $Writer.WriteStartElement('command', 'examples', $CommandNamespace)
    foreach ($example in $Examples) {
        $Writer.WriteStartElement('command', 'example', $CommandNamespace)
        $Writer.WriteElementString('maml', 'title', $MamlNamespace,
            "---------- $($example.Title) ----------")
        $Writer.WriteElementString('dev', 'code', $DevNamespace, ($example.Code -join "`n"))
        $Writer.WriteStartElement('dev', 'remarks', $DevNamespace)
        Write-Para $Writer (ConvertTo-Paragraph $example.Lines)
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }

    $Writer.WriteEndElement()
}

function Write-RelatedLink {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Lines)

    $Writer.WriteStartElement('command', 'relatedLinks', $CommandNamespace)
    foreach ($line in $Lines) {
        if ($line -notmatch '^-\s+(.+?)\s*$') { continue }

        $text = $Matches[1]
        $uri = ''
        if ($text -match '^\[(.+)\]\((.*)\)$') {
            $text = $Matches[1]
            $uri = $Matches[2]
        }

        $Writer.WriteStartElement('maml', 'navigationLink', $MamlNamespace)
        $Writer.WriteElementString('maml', 'linkText', $MamlNamespace, $text)
        $Writer.WriteElementString('maml', 'uri', $MamlNamespace, $uri)
        $Writer.WriteEndElement()
    }

    $Writer.WriteEndElement()
}

function Write-Command {
    # One command:command element from the code's facts and the source's words.
    param([System.Xml.XmlWriter] $Writer, $Command, [hashtable] $Help)

    $instance = try { [Activator]::CreateInstance($Command.ImplementingType) } catch { $null }
    $names = @($Command.Parameters.Keys | Where-Object { $CommonParameterNames -notcontains $_ })
    $facts = @{}
    foreach ($name in $names) {
        $facts[$name] = Get-ParameterFact -Command $Command -Parameter $Command.Parameters[$name] -Instance $instance
        $source = $Help.Parameters[$name]
        $override = if ($source) { $source.Lines | Where-Object { $_ -match '^Default value:\s*(.+)$' } } else { $null }
        if ($override) {
            $facts[$name].Default = ($override | Select-Object -First 1) -replace '^Default value:\s*', ''
        }

        if (-not $source -and $Help.Found) {
            Write-Warning "$($Command.Name): -$name has no description in the help source."
        }
    }

    foreach ($documented in $Help.Parameters.Keys) {
        if ($names -notcontains $documented) {
            Write-Warning "$($Command.Name): the help source describes -$documented, which the cmdlet does not have."
        }
    }

    $verb, $noun = $Command.Name -split '-', 2
    $Writer.WriteStartElement('command', 'command', $CommandNamespace)
    $Writer.WriteAttributeString('xmlns', 'maml', 'http://www.w3.org/2000/xmlns/', $MamlNamespace)
    $Writer.WriteAttributeString('xmlns', 'dev', 'http://www.w3.org/2000/xmlns/', $DevNamespace)

    $Writer.WriteStartElement('command', 'details', $CommandNamespace)
    $Writer.WriteElementString('command', 'name', $CommandNamespace, $Command.Name)
    $Writer.WriteElementString('command', 'verb', $CommandNamespace, $verb)
    $Writer.WriteElementString('command', 'noun', $CommandNamespace, $noun)
    Write-Description $Writer (ConvertTo-Paragraph $Help.Synopsis)
    $Writer.WriteEndElement()

    Write-Description $Writer (ConvertTo-Paragraph $Help.Description)
    Write-Syntax $Writer $Command $facts

    # Parameters in the order the source describes them; any it misses come last.
    $ordered = @($Help.Parameters.Keys | Where-Object { $names -contains $_ }) +
        @($names | Where-Object { -not $Help.Parameters.Contains($_) })
    $Writer.WriteStartElement('command', 'parameters', $CommandNamespace)
    foreach ($name in $ordered) {
        $fact = $facts[$name]
        $paragraphs = Get-ParameterParagraph $fact $Help.Parameters[$name]
        Write-Parameter $Writer $fact $paragraphs $fact.Required $fact.Position
    }

    $Writer.WriteEndElement()

    Write-TypeList $Writer 'inputTypes' 'inputType' $Help.Inputs
    Write-TypeList $Writer 'returnValues' 'returnValue' $Help.Outputs

    $Writer.WriteStartElement('maml', 'alertSet', $MamlNamespace)
    $Writer.WriteStartElement('maml', 'alert', $MamlNamespace)
    Write-Para $Writer (ConvertTo-Paragraph $Help.Notes)
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()

    Write-Example $Writer $Help.Examples
    Write-RelatedLink $Writer $Help.Links
    $Writer.WriteEndElement()
}

function New-HelpSource {
    # Sections with nothing in them: what a cmdlet without a source gets.
    @{
        Synopsis = @(); Description = @(); Examples = @(); Parameters = [ordered]@{}
        Inputs = @(); Outputs = @(); Notes = @(); Links = @(); Found = $false
    }
}

$ModuleManifest = (Resolve-Path -LiteralPath $ModuleManifest).Path
$SourcePath = (Resolve-Path -LiteralPath $SourcePath).Path
$OutputPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputPath)

$module = Import-Module $ModuleManifest -PassThru -Force
$commands = @($module.ExportedCmdlets.Keys | Sort-Object | ForEach-Object { Get-Command $_ -Module $module.Name })
$null = New-Item -ItemType Directory -Path $OutputPath -Force
$helpFile = Join-Path $OutputPath "$([System.IO.Path]::GetFileName($module.Path))-Help.xml"

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.IndentChars = '  '
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$writer = [System.Xml.XmlWriter]::Create($helpFile, $settings)
try {
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($command in $commands) {
        $source = Join-Path $SourcePath "$($command.Name).md"
        $help = if (Test-Path -LiteralPath $source) {
            ConvertFrom-HelpMarkdown -Path $source
        }
        else {
            Write-Warning ("$($command.Name) has no help source: copy a docs/help/*.md of a similar " +
                "cmdlet to '$source' and fill it in.")
            New-HelpSource
        }

        Write-Command $writer $command $help
    }

    $writer.WriteEndElement()
    $writer.WriteEndDocument()
}
finally {
    $writer.Dispose()
}

Get-ChildItem -LiteralPath $SourcePath -Filter 'about_*.help.txt' |
    Copy-Item -Destination $OutputPath -Force
Write-Host "Help for $($commands.Count) cmdlets written to $helpFile"
